/** Styles of the preference center and the cookie declaration, shipped with their (preact) chunk. */
export const PANEL_CSS = `
dialog{width:min(42rem,calc(100% - 1rem));max-height:calc(100% - 1rem);padding:1.25rem;overflow:auto;background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:var(--radius);box-shadow:0 4px 24px #0004}
dialog::backdrop{background:#0009}
h3{margin:0 0 .5rem;font-size:1em;line-height:1.3}
.cat{border-top:1px solid var(--border);padding:.75rem 0}
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
th,td{padding:.375rem;border-bottom:1px solid var(--border);text-align:start;vertical-align:top}
td{overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:.75rem 0}
dd{margin:0;overflow-wrap:anywhere}
@media (max-width:40em){thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}tr,td{display:block}td::before{content:attr(data-label) ": " / "";font-weight:600}tr{border-bottom:1px solid var(--border);padding:.375rem 0}td{border:0;padding:.125rem 0}}
@media (prefers-reduced-motion:no-preference){.sw::before{transition:inset-inline-start .15s}}
`
