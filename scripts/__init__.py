"""讲话档案 pipeline: raw scraped bytes -> clean Markdown speeches -> static site."""
