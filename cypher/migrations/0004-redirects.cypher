// A merged-away entity leaves a redirect, so re-loading an article that names it writes to the entity it
// was merged into instead of bringing it back.
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
