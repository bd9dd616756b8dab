// Starts GraphiQL with the saved example queries as tabs. Everything is served by this server: no CDN.
(async function boot() {
  const examples = await fetch('/playground/examples.json').then((response) => response.json());
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultEditorToolsVisibility: true,
      defaultTabs: examples.map((example) => ({ query: example.query, variables: example.variables })),
    }),
  );
})();
