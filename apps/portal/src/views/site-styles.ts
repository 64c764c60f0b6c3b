// Inlined into every page: one request per page, no web fonts, ~3 KB before compression.
// Colours meet WCAG AA (text #1b1b1b on #fff ≈ 17:1, links #0b4c8c ≈ 8.6:1, header white on #7a1717 ≈ 10:1).
export const SITE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;color:#1b1b1b;background:#fff;overflow-wrap:anywhere}
a{color:#0b4c8c;text-underline-offset:.15em}
a:visited{color:#5a2a82}
a:hover{text-decoration-thickness:.15em}
a:focus-visible{outline:3px solid transparent;color:#0b0c0c;background:#ffdd00;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}
input:focus-visible,button:focus-visible{outline:3px solid #ffdd00;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
main:focus{outline:none}
img{max-width:100%;height:auto}
.wrap{max-width:44rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-9999px;top:0;padding:.5rem 1rem;background:#ffdd00;color:#0b0c0c;z-index:1}
.skip:focus{left:0}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.site-header{background:#7a1717;color:#fff;padding:.75rem 0}
.site-header a{color:#fff}
.site-header a:focus-visible{color:#0b0c0c}
.brand{display:block;font-weight:700;font-size:1.125rem;line-height:1.3;text-decoration:none}
.tagline{margin:.125rem 0 .5rem;font-size:.9375rem;color:#f6e3e3}
.bar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:space-between}
.search{display:flex;gap:.25rem;flex:1 1 14rem;max-width:26rem}
.search input{flex:1;min-width:0;font:inherit;padding:.375rem .5rem;border:2px solid #0b0c0c;border-radius:2px}
.search button,.button{font:inherit;padding:.375rem .75rem;border:2px solid #0b0c0c;border-radius:2px;background:#f3f2f1;color:#0b0c0c;cursor:pointer}
.lang-switch{font-size:.9375rem}
main{display:block;padding:1.25rem 0 2rem}
h1,h2,h3{line-height:1.3;margin:0 0 .5rem}
h1{font-size:1.625rem}
h2{font-size:1.3125rem}
h3{font-size:1.125rem}
.intro{font-size:1.0625rem;margin:0 0 1.5rem}
.articles{list-style:none;margin:0;padding:0}
.articles>li{padding:1rem 0;border-top:1px solid #b1b4b6}
.articles>li:last-child{border-bottom:1px solid #b1b4b6}
.articles p{margin:.25rem 0 0}
.meta{font-size:.9375rem;color:#505a5f;margin:0 0 .5rem}
.lead{font-weight:600}
.empty{padding:1rem;background:#f3f2f1;border-left:5px solid #505a5f}
.pagination{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;margin-top:1.5rem}
.pagination a{padding:.25rem 0}
figure{margin:1rem 0}
figcaption{font-size:.9375rem;color:#505a5f;margin-top:.25rem}
.prose img{display:block;margin:1rem 0}
.prose table{display:block;overflow-x:auto;border-collapse:collapse}
.prose td,.prose th{border:1px solid #b1b4b6;padding:.25rem .5rem}
.prose pre{overflow-x:auto}
.prose blockquote{margin:1rem 0;padding-left:1rem;border-left:4px solid #b1b4b6}
.tags{font-size:.9375rem}
.footer-heading{font-size:1rem;margin:0 0 .25rem}
.footer-links{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.footer-links a{display:inline-block;padding:.25rem 0}
.site-nav ul{list-style:none;margin:0 0 .5rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.site-nav a{display:inline-block;padding:.25rem 0;font-weight:600}
.site-nav a[aria-current]{text-decoration-thickness:.2em}
.wrap-wide{max-width:72rem}
.docs{width:100%;border-collapse:collapse;font-size:.9375rem;line-height:1.5}
.docs caption{text-align:left;font-weight:600;padding:0 0 .5rem}
.docs th,.docs td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #b1b4b6}
.docs thead th{vertical-align:bottom;border-bottom:2px solid #0b0c0c}
.docs tbody th{font-weight:600}
.docs .doc-number,.docs .doc-issued-on,.docs .doc-effective-on{white-space:nowrap}
.docs .doc-title{min-width:16rem}
.cell-label{display:none}
@media (max-width:59.99rem){.docs,.docs caption,.docs tbody,.docs tr,.docs th,.docs td{display:block}.docs thead{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0)}.docs tbody tr{border:1px solid #b1b4b6;border-left:5px solid #7a1717;padding:.5rem .75rem;margin:0 0 1rem}.docs tbody th,.docs tbody td{border:0;padding:.125rem 0;white-space:normal;min-width:0}.docs .doc-title{font-size:1.0625rem;font-weight:600}.cell-label{display:block;font-size:.875rem;font-weight:400;color:#505a5f}}
.site-footer{border-top:4px solid #7a1717;padding:1rem 0 2rem;font-size:.9375rem;color:#505a5f}
.brand{display:flex;gap:.5rem;align-items:center}
.emblem{flex:0 0 2.25rem;width:2.25rem;height:2.25rem}
.emblem svg{display:block;width:100%;height:100%}
.featured{margin:0 0 1.5rem;padding:1rem;border:1px solid #b1b4b6;border-left:6px solid #c8102e;background:#fbf6f0}
.featured h2{margin-bottom:.25rem}
.badge{display:inline-block;padding:0 .375rem;border:1px solid #0b0c0c;font-size:.875rem;font-weight:600}
.slogans{padding-left:1.25rem}
.slogans li{margin:.25rem 0;font-weight:600}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1.5rem}
.facts dt{font-weight:600}
.facts dd{margin:0}
.teaser{display:grid;grid-template-columns:1fr;gap:.5rem}
picture img{display:block}
mark{background:#fff2a8;color:inherit;padding:0 .05em}
.related{margin-top:2rem;border-top:4px solid #7a1717;padding-top:1rem}
.download{font-weight:600}
@media print{.site-header .bar,.site-nav,.skip,.site-footer nav,.pagination,.related{display:none}.site-header{background:none;color:#000;border-bottom:2px solid #000}.site-header a{color:#000}body{font-size:11pt}.prose a[href^="http"]::after{content:" (" attr(href) ")";font-size:.875em}}
`
  .trim()
  .replace(/\n/g, '');
