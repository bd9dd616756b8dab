// Lookups the loaders and the API do by something other than id.
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_outlet IF NOT EXISTS FOR (n:Article) ON (n.outlet);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_acronym IF NOT EXISTS FOR (n:Organization) ON (n.acronym);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX policy_name IF NOT EXISTS FOR (n:Policy) ON (n.name);
CREATE INDEX statistic_value IF NOT EXISTS FOR (n:Statistic) ON (n.value);
CREATE INDEX statistic_period_start IF NOT EXISTS FOR (n:Statistic) ON (n.periodStart);
// Facts carried by relationships name the article they came from, so re-loading can replace exactly them.
CREATE INDEX holds_role_article IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.articleId);
CREATE INDEX issued_by_article IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() ON (r.articleId);
CREATE INDEX attributed_to_article IF NOT EXISTS FOR ()-[r:ATTRIBUTED_TO]-() ON (r.articleId);
