/* Material 9.8.1's partials/javascripts/base.html, with the site root taken from this file's own address (two
   folders up from assets/javascripts/) instead of the page's base_url: one cached file instead of an inline copy in
   every page (overrides/partials/javascripts/base.html). Zensical's copy also marks the platform, kept here. */
__md_scope=new URL("../..",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}},document.documentElement.setAttribute("data-platform",navigator.platform)
