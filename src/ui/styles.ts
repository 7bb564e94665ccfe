/**
 * The first layer's styles, scoped to the UI's shadow roots. Sites theme them with `--consentry-*` custom
 * properties (they inherit into the shadow tree); nothing here reaches the page. The preference center and
 * declaration bring their own rules (panel-styles.ts) with their chunk.
 */

/** The dark colours as short internal properties (`--bg`…), read from the site's `--consentry-dark-*`, else our defaults. */
const DARK =
  '--bg:var(--consentry-dark-bg,#1b1c1f);--fg:var(--consentry-dark-fg,#eceef1);--muted:var(--consentry-dark-muted,#b6bcc4);' +
  '--accent:var(--consentry-dark-accent,#a8c7fa);--on-accent:var(--consentry-dark-on-accent,#0b1d3a);--border:var(--consentry-dark-border,#5c636d)'

/** Shared by the banner, the preference center and the declaration. */
export const BASE_CSS =
  ':host{display:block}' +
  '.root{--bg:var(--consentry-bg,#fff);--fg:var(--consentry-fg,#1f2328);--muted:var(--consentry-muted,#57606a);--accent:var(--consentry-accent,#0b57d0);' +
  '--on-accent:var(--consentry-on-accent,#fff);--border:var(--consentry-border,#8c959f);--radius:var(--consentry-radius,.75rem);font:var(--consentry-font,15px/1.5 system-ui,sans-serif);color:var(--fg);text-align:start}' +
  `.dark{${DARK}}@media (prefers-color-scheme:dark){.auto{${DARK}}}` +
  '*{box-sizing:border-box}' +
  'h2{margin:0 0 .5rem;font-size:1.15em;line-height:1.3}' +
  'p{margin:0 0 .75rem}' +
  'a{color:var(--accent)}' +
  ':focus-visible{outline:3px solid var(--accent);outline-offset:2px}' +
  '.head{display:flex;align-items:flex-start;gap:.5rem}' +
  '.head h2{flex:1}' +
  '.x{flex:none;width:2.75rem;height:2.75rem;margin:-.5rem;border:0;border-radius:50%;background:none;color:var(--fg);font-size:1.5rem;line-height:1;cursor:pointer}' +
  '.btns{display:flex;flex-wrap:wrap;gap:.5rem}' +
  '.btn{flex:1 1 9rem;min-height:2.75rem;padding:.5rem 1rem;border:2px solid var(--accent);border-radius:calc(var(--radius)/1.5);background:var(--accent);color:var(--on-accent);font:inherit;font-weight:600;cursor:pointer}'

export const BANNER_CSS =
  '.banner{position:fixed;z-index:2147483000;inset:auto 0 0;max-height:100vh;overflow:auto;padding:1rem max(1rem,calc(50% - 34rem));background:var(--bg);color:var(--fg);border:1px solid var(--border);border-width:1px 0 0;box-shadow:0 4px 24px #0004}' +
  '.box,.modal{max-height:calc(100vh - 2rem);border-width:1px;border-radius:var(--radius)}' +
  '.box{inset-block:auto 1rem;inset-inline:auto 1rem;width:min(26rem,calc(100% - 2rem));padding:1rem}' +
  '.modal{inset:0;margin:auto;height:fit-content;width:min(34rem,calc(100% - 2rem));padding:1.25rem}' +
  '.scrim{position:fixed;inset:0;z-index:2147482999;background:#0006;pointer-events:none}' +
  '@media (prefers-reduced-motion:no-preference){.banner{animation:in .25s ease-out}}' +
  '@keyframes in{from{opacity:0;transform:translateY(1rem)}}'

/**
 * Adds a stylesheet to a shadow root without inline styles: a constructable stylesheet where supported
 * (nothing for a CSP to allow), otherwise a `<style>` carrying the page's nonce.
 */
export const adoptStyles = (root: ShadowRoot, css: string, nonce?: string): void => {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  } catch {
    const style = document.createElement('style')
    if (nonce) style.nonce = nonce
    style.textContent = css
    root.prepend(style)
  }
}
