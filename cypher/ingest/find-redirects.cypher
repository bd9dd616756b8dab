UNWIND $ids AS id
MATCH (redirect:Redirect {id: id})
RETURN redirect.id AS id, redirect.to AS to
