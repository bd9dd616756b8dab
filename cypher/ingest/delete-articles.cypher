// Removes article nodes whose facts were already deleted (earlier versions, or a deleteArticle request).
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
DETACH DELETE a
