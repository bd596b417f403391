/* The header's parts that only work with JavaScript, drawn here once instead of written into every page (loaded by
   overrides/partials/header.html right after them, before Material's bundle mounts them):
   - the palette toggle (Material 9.8.1's partials/palette.html) from the options in the form's data-archive-palette
     (mkdocs.yml's theme.palette, overrides/partials/palette.html);
   - the search dialog (Material 9.8.1's partials/search.html) from the texts and icons in data-archive-search
     (overrides/partials/search.html);
   the markup is Material's, element for element, with the icons from the cached sprite (partials/archive-icon.html).
   Then Material's partials/javascripts/palette.html, verbatim: the reader's light/dark choice, applied to <body>
   before the page is drawn. Keep in step with Material when upgrading. */
(function () {
  "use strict"
  var sprite = new URL("../images/archive-icons.svg", document.currentScript.src).href
  var SVG = "http://www.w3.org/2000/svg"

  function element(tag, attributes, children) {
    var node = document.createElement(tag)
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]) })
    for (var child of children || []) node.append(child)
    return node
  }

  function icon(name) {  // partials/archive-icon.html: "material/magnify" -> the sprite's #material-magnify
    var svg = document.createElementNS(SVG, "svg")
    var use = document.createElementNS(SVG, "use")
    svg.setAttribute("viewBox", "0 0 24 24")
    use.setAttribute("href", sprite + "#" + name.split("/").join("-"))
    svg.append(use)
    return svg
  }

  function drawPalette(form) {
    var options = JSON.parse(form.getAttribute("data-archive-palette")) || []
    form.removeAttribute("data-archive-palette")
    options.forEach(function (option, index) {
      var input = element("input", {
        "class": "md-option", "data-md-color-media": option.media || "",
        "data-md-color-scheme": (option.scheme || "default").split(" ").join("-"),
        "data-md-color-primary": (option.primary || "indigo").split(" ").join("-"),
        "data-md-color-accent": (option.accent || "indigo").split(" ").join("-")
      })
      if (option.toggle) input.setAttribute("aria-label", option.toggle.name)
      else input.setAttribute("aria-hidden", "true")
      input.setAttribute("type", "radio")
      input.setAttribute("name", "__palette")
      input.setAttribute("id", "__palette_" + index)
      form.append(input)
      if (option.toggle) {
        form.append(element("label", {
          "class": "md-header__button md-icon", "title": option.toggle.name,
          "for": "__palette_" + (index + 1) % options.length, "hidden": ""
        }, [icon(option.toggle.icon)]))
      }
    })
  }

  function drawSearch(dialog) {
    var text = JSON.parse(dialog.getAttribute("data-archive-search"))
    var icons = text.icons  // search, previous, close
    dialog.removeAttribute("data-archive-search")
    var options = [element("button", {
      "type": "reset", "class": "md-search__icon md-icon", "title": text.reset, "aria-label": text.reset,
      "tabindex": "-1"
    }, [icon(icons[2])])]
    if (text.share) {  // [title, icon] when the search.share feature is on
      options.unshift(element("a", {
        "href": "javascript:void(0)", "class": "md-search__icon md-icon", "title": text.share[0],
        "aria-label": text.share[0], "data-clipboard": "", "data-clipboard-text": "", "data-md-component": "search-share",
        "tabindex": "-1"
      }, [icon(text.share[1])]))
    }
    var form = element("form", {"class": "md-search__form", "name": "search"}, [
      element("input", {
        "type": "text", "class": "md-search__input", "name": "query", "aria-label": text.placeholder,
        "placeholder": text.placeholder, "autocapitalize": "off", "autocorrect": "off", "autocomplete": "off",
        "spellcheck": "false", "data-md-component": "search-query", "required": ""
      }),
      element("label", {"class": "md-search__icon md-icon", "for": "__search"}, [icon(icons[0]), icon(icons[1])]),
      element("nav", {"class": "md-search__options", "aria-label": text.options}, options)
    ])
    if (text.suggest) form.append(element("div", {"class": "md-search__suggest", "data-md-component": "search-suggest"}))
    dialog.append(
      element("label", {"class": "md-search__overlay", "for": "__search"}),
      element("div", {"class": "md-search__inner", "role": "search"}, [
        form,
        element("div", {"class": "md-search__output"}, [
          element("div", {"class": "md-search__scrollwrap", "tabindex": "0", "data-md-scrollfix": ""}, [
            element("div", {"class": "md-search-result", "data-md-component": "search-result"}, [
              element("div", {"class": "md-search-result__meta"}, [text.initializer]),
              element("ol", {"class": "md-search-result__list", "role": "presentation"})
            ])
          ])
        ])
      ])
    )
  }

  var form = document.querySelector("form[data-archive-palette]")
  if (form) drawPalette(form)
  var dialog = document.querySelector("div[data-archive-search]")
  if (dialog) drawSearch(dialog)
})()
var palette=__md_get("__palette");if(palette&&palette.color){if("(prefers-color-scheme)"===palette.color.media){var media=matchMedia("(prefers-color-scheme: light)"),input=document.querySelector(media.matches?"[data-md-color-media='(prefers-color-scheme: light)']":"[data-md-color-media='(prefers-color-scheme: dark)']");palette.color.media=input.getAttribute("data-md-color-media"),palette.color.scheme=input.getAttribute("data-md-color-scheme"),palette.color.primary=input.getAttribute("data-md-color-primary"),palette.color.accent=input.getAttribute("data-md-color-accent")}for(var[key,value]of Object.entries(palette.color))document.body.setAttribute("data-md-color-"+key,value)}
