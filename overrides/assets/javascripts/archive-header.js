/* The header search box on every page (loaded by overrides/main.html after Material's bundle).
   - Enter opens the search page (/search/, overrides/archive-search-page.html) with the query (a result chosen
     with the arrow keys still opens that result), and a link above the drop-down's results leads there too.
   - Material starts a search on keyup. A phrase pasted with the mouse, or committed by some Chinese input
     methods, sends no keyup: every change of the box is passed on as one, so those searches run too.
   The site root comes from the page's config ("base", overrides/main.html), so one file serves every page. */
(function () {
  "use strict"
  var base = JSON.parse(document.getElementById("__config").textContent).base
  var page = new URL("search/", new URL(base.replace(/\/?$/, "/"), location)).href  // "../.." or "/" (404 page)
  var target = function (query) { return page + (query.trim() ? "?q=" + encodeURIComponent(query.trim()) : "") }
  var result = document.querySelector("[data-md-component=search-result]")
  var all = document.createElement("a")
  all.className = "archive-search-all"
  all.href = page
  all.textContent = "全部结果 · 按讲话人、主题、年份等筛选与排序 →"
  if (result) result.insertBefore(all, result.firstChild)
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.isComposing && event.target.matches("[data-md-component=search-query]")) {
      event.preventDefault()
      event.stopImmediatePropagation()
      location.href = target(event.target.value)
    }
  }, true)
  document.addEventListener("input", function (event) {
    if (!event.target.matches("[data-md-component=search-query]")) return
    all.href = target(event.target.value)
    if (!event.isComposing) event.target.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true}))
  })
})()
