/**
 * The UI's only stylesheet, scoped to its shadow roots. Sites theme it with `--consentry-*` custom
 * properties (they inherit into the shadow tree); nothing here reaches the page.
 */
const DARK =
  '--bg:var(--consentry-dark-bg,#1b1c1f);--fg:var(--consentry-dark-fg,#eceef1);--muted:var(--consentry-dark-muted,#b6bcc4);' +
  '--accent:var(--consentry-dark-accent,#a8c7fa);--on-accent:var(--consentry-dark-on-accent,#0b1d3a);--line:var(--consentry-dark-border,#5c636d)'

export const CSS = `
:host{display:block}
.root{--bg:var(--consentry-bg,#fff);--fg:var(--consentry-fg,#1f2328);--muted:var(--consentry-muted,#57606a);--accent:var(--consentry-accent,#0b57d0);--on-accent:var(--consentry-on-accent,#fff);--line:var(--consentry-border,#8c959f);--radius:var(--consentry-radius,.75rem);font:var(--consentry-font,15px/1.5 system-ui,sans-serif);color:var(--fg);text-align:start}
.dark{${DARK}}
@media (prefers-color-scheme:dark){.auto{${DARK}}}
*{box-sizing:border-box}
h2,h3{margin:0 0 .5rem;font-size:1.15em;line-height:1.3}
h3{font-size:1em}
p{margin:0 0 .75rem}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.banner,dialog{background:var(--bg);color:var(--fg);border:1px solid var(--line);box-shadow:0 4px 24px #0004}
.banner{position:fixed;z-index:2147483000;inset:auto 0 0;max-height:100vh;overflow:auto;padding:1rem max(1rem,calc(50% - 34rem));border-width:1px 0 0}
.box{inset:auto 1rem 1rem auto;inset-inline:auto 1rem;width:min(26rem,calc(100% - 2rem));max-height:calc(100vh - 2rem);padding:1rem;border-width:1px;border-radius:var(--radius)}
.modal{inset:0;margin:auto;height:fit-content;width:min(34rem,calc(100% - 2rem));max-height:calc(100vh - 2rem);padding:1.25rem;border-width:1px;border-radius:var(--radius)}
.scrim{position:fixed;inset:0;z-index:2147482999;background:#0006;pointer-events:none}
.head{display:flex;align-items:flex-start;gap:.5rem}
.head h2{flex:1}
.x{flex:none;width:2.75rem;height:2.75rem;margin:-.5rem;border:0;border-radius:50%;background:none;color:var(--fg);font-size:1.5rem;line-height:1;cursor:pointer}
.btns{display:flex;flex-wrap:wrap;gap:.5rem}
.btn{flex:1 1 9rem;min-height:2.75rem;padding:.5rem 1rem;border:2px solid var(--accent);border-radius:calc(var(--radius)/1.5);background:var(--accent);color:var(--on-accent);font:inherit;font-weight:600;cursor:pointer}
dialog{width:min(42rem,calc(100% - 1rem));max-height:calc(100% - 1rem);padding:1.25rem;border-radius:var(--radius);overflow:auto}
dialog::backdrop{background:#0009}
.cat{border-top:1px solid var(--line);padding:.75rem 0}
.row{display:flex;align-items:center;justify-content:space-between;gap:1rem}
.row h3{margin:0}
.sw{appearance:none;flex:none;position:relative;width:2.75rem;height:1.5rem;margin:0;border-radius:1rem;background:var(--muted);cursor:pointer}
.sw::before{content:"";position:absolute;top:.1875rem;inset-inline-start:.1875rem;width:1.125rem;height:1.125rem;border-radius:50%;background:var(--bg)}
.sw:checked{background:var(--accent)}
.sw:checked::before{inset-inline-start:1.4375rem}
.sw:disabled{cursor:default}
.on{display:flex;align-items:center;gap:.5rem;color:var(--muted)}
.svc{display:flex;align-items:center;gap:.75rem;margin:.5rem 0}
.muted{color:var(--muted)}
summary{cursor:pointer;padding:.25rem 0;color:var(--accent)}
table{width:100%;border-collapse:collapse;margin:.5rem 0;font-size:.9em}
th,td{padding:.375rem;border-bottom:1px solid var(--line);text-align:start;vertical-align:top}
td{overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:.75rem 0}
dd{margin:0;overflow-wrap:anywhere}
@media (max-width:40em){thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}tr,td{display:block}td::before{content:attr(data-label) ": " / "";font-weight:600}tr{border-bottom:1px solid var(--line);padding:.375rem 0}td{border:0;padding:.125rem 0}}
@media (prefers-reduced-motion:no-preference){.banner{animation:in .25s ease-out}.sw::before{transition:inset-inline-start .15s}}
@keyframes in{from{opacity:0;transform:translateY(1rem)}}
`

/**
 * Styles a shadow root without inline styles: a constructable stylesheet where supported (nothing for a
 * CSP to allow), otherwise a `<style>` carrying the page's nonce.
 */
export const adoptStyles = (root: ShadowRoot, nonce?: string): void => {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(CSS)
    root.adoptedStyleSheets = [sheet]
  } catch {
    const style = document.createElement('style')
    if (nonce) style.nonce = nonce
    style.textContent = CSS
    root.append(style)
  }
}
