/* Speech pages: numbered paragraph anchors (¶ on hover, #p12 cites the twelfth paragraph), copy buttons
   for the citations, and the "where else was this said" markers from the page's generated data
   (#archive-shared, written by scripts/site/speech_notes.py). Text is only ever inserted with textContent. */
(function () {
  "use strict"
  var body = document.querySelector(".archive-body")
  if (!body) return
  var paragraphs = Array.prototype.filter.call(body.children, function (el) { return el.tagName === "P" })
  paragraphs.forEach(function (p, i) {
    var id = "p" + (i + 1)
    if (!p.id) p.id = id
    var link = document.createElement("a")
    link.className = "archive-pilcrow"
    link.href = "#" + p.id
    link.title = "本段链接（第 " + (i + 1) + " 段）"
    link.textContent = "¶"
    p.appendChild(link)
  })
  var data = document.getElementById("archive-shared")
  if (data) {
    var shared = JSON.parse(data.textContent)
    Object.keys(shared).forEach(function (index) {
      var p = paragraphs[Number(index) - 1]
      if (!p) return
      var count = Number(shared[index])
      var marker = document.createElement("a")
      marker.className = "archive-elsewhere"
      marker.href = "#elsewhere-p" + index
      marker.textContent = "另见 " + count + " 篇"
      marker.title = "这一段的文字也出现在其他 " + count + " 篇讲话中：点击查看是哪几篇"
      marker.addEventListener("click", function () {
        var list = document.querySelector(".archive-notes__elsewhere")
        if (list) list.open = true
      })
      p.appendChild(marker)
    })
  }
  if (location.hash && /^#p\d+$/.test(location.hash)) {
    var target = document.getElementById(location.hash.slice(1))
    if (target) target.scrollIntoView()
  }
  document.querySelectorAll("button.archive-copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.querySelector(button.getAttribute("data-copy"))
      if (!source || !navigator.clipboard) return
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = "已复制"
        setTimeout(function () { button.textContent = "复制" }, 2000)
      })
    })
  })
})()
