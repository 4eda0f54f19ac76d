"""Review what changes: diff the text narrate writes now against the
approved articles, keep pending versions, accept or reject them."""
