"""`resumecheck serve`: a local web page and JSON API that check uploaded resumes in forked worker processes."""
