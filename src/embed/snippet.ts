/**
 * The embed contract. An embed page posts its height to the parent; the host page's resizer
 * (inline in the snippet, or `/embed.js` for hosts whose CSP forbids inline scripts) sets the
 * iframe's height. The resizer only trusts messages from the iframe it belongs to, from that
 * iframe's own origin.
 */

/** The message type an embed page posts. */
export const HEIGHT_MESSAGE = "bodp:height";

/** Script for the embed page itself: reports its height whenever it changes. */
export const EMBED_HEIGHT_SCRIPT = `(()=>{if(parent===window)return;const b=document.body;const s=()=>parent.postMessage({type:"${HEIGHT_MESSAGE}",height:Math.ceil(b.getBoundingClientRect().height)},"*");new ResizeObserver(s).observe(b);addEventListener("load",s);s()})();`;

/**
 * Script for the embed page's <head>: the URL options. `?thema=licht|donker` fixes the colour
 * scheme (default `auto`: the host's scheme, through CSS `prefers-color-scheme`, no script
 * needed); `?kaal=1` shows the chart without title and takeaway.
 */
export const EMBED_OPTIONS_SCRIPT = `(()=>{const p=new URLSearchParams(location.search),r=document.documentElement,t=p.get("thema");if(t==="licht"||t==="donker")r.dataset.theme=t;if(p.get("kaal")==="1")r.classList.add("kaal")})();`;

/** Script for the host page: resizes every embed iframe to the height it reports. */
export const RESIZER_SCRIPT = `(()=>{if(window.bodpResizer)return;window.bodpResizer=1;addEventListener("message",e=>{const d=e.data;if(!d||d.type!=="${HEIGHT_MESSAGE}"||!(d.height>0))return;for(const f of document.querySelectorAll("iframe[data-bodp-embed]")){if(f.contentWindow===e.source&&new URL(f.src,location.href).origin===e.origin)f.style.height=Math.min(Math.ceil(d.height),8000)+"px"}})})();`;

/** Escapes text for an HTML attribute. */
function escapeAttr(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

/** The HTML snippet a journalist pastes: an iframe plus the inline resizer (or the file version). */
export function embedSnippet(opts: {
  embedUrl: string;
  title: string;
  scriptUrl?: string;
}): string {
  const iframe = `<iframe src="${escapeAttr(opts.embedUrl)}" title="${escapeAttr(opts.title)}" data-bodp-embed loading="lazy" style="width:100%;height:480px;border:0"></iframe>`;
  const script = opts.scriptUrl
    ? `<script src="${escapeAttr(opts.scriptUrl)}" defer></script>`
    : `<script>${RESIZER_SCRIPT}</script>`;
  return `${iframe}\n${script}`;
}
