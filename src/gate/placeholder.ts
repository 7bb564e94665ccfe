import type { ResolvedConfig } from '../config/types'
import type { Consentry } from '../core/engine'
import { baseLanguageOf } from '../i18n/languages'
import { mergeTexts } from '../i18n/merge-texts'
import { PLACEHOLDER_LOADERS } from '../i18n/placeholder-loaders'
import english from '../i18n/placeholder-texts/en'
import type { PlaceholderTexts } from '../i18n/types'
import { visitorLanguage } from '../i18n/visitor-language'
import type { Owner } from './patterns'

/**
 * The placeholder's texts in the language the banner picks (config, `<html lang>`, the browser), with the
 * site's `translations.<lang>.placeholder` laid over them. English when that language cannot be loaded.
 */
export const placeholderTexts = async (config: ResolvedConfig): Promise<PlaceholderTexts> => {
  const lang = visitorLanguage(config)
  const code = baseLanguageOf(lang)
  const builtIn = code === 'en' ? english : await PLACEHOLDER_LOADERS[code]().then((module) => module.default, () => english)
  return mergeTexts(builtIn, (config.translations[lang] as { placeholder?: unknown } | undefined)?.placeholder)
}

const px = (value: string | null): string | null => (value && /^\d+$/.test(value) ? `${value}px` : value)

/**
 * Shows an accessible placeholder in the place of a held iframe: same box (so no layout shift when the
 * content loads), a text saying what it is, and a button that records consent. Built with DOM APIs only
 * (no innerHTML, no inline styles from strings), so it works under a strict CSP and Trusted Types.
 * Returns the function that removes it and shows the iframe again.
 */
export const showPlaceholder = (iframe: HTMLIFrameElement, name: string, onAllow: () => void, texts: PlaceholderTexts): (() => void) => {
  const doc = iframe.ownerDocument
  const box = doc.createElement('div')
  const fill = (template: string) => template.split('{name}').join(name)
  box.setAttribute('role', 'group')
  box.setAttribute('aria-label', name)
  box.className = `consentry-placeholder ${iframe.className}`.trim()
  // The iframe's own box: its measured size when it is laid out, its width/height attributes otherwise.
  const width = iframe.offsetWidth ? `${iframe.offsetWidth}px` : px(iframe.getAttribute('width')) ?? '300px'
  const height = iframe.offsetHeight ? `${iframe.offsetHeight}px` : px(iframe.getAttribute('height')) ?? '150px'
  const inline = getComputedStyle(iframe).display === 'block' ? 'block' : 'inline-flex'
  Object.assign(box.style, {
    boxSizing: 'border-box',
    display: inline === 'block' ? 'flex' : inline,
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: '0.75em',
    width,
    height,
    maxWidth: '100%',
    overflow: 'auto',
    padding: '1em',
    textAlign: 'center',
    verticalAlign: 'bottom',
    background: 'var(--consentry-placeholder-bg, #f3f1ee)',
    color: 'var(--consentry-placeholder-fg, #222)',
    border: '1px solid var(--consentry-placeholder-border, #bbb)',
    font: 'inherit',
  })
  const text = doc.createElement('p')
  text.style.margin = '0'
  text.textContent = fill(texts.text)
  const button = doc.createElement('button')
  button.type = 'button'
  button.className = 'consentry-placeholder-allow'
  button.textContent = fill(texts.button)
  button.addEventListener('click', onAllow)
  box.append(text, button)
  // Inline and important: a site rule such as `.video iframe { display: block }` beats the `hidden` attribute.
  const display = iframe.style.getPropertyValue('display')
  iframe.style.setProperty('display', 'none', 'important')
  iframe.before(box)
  return () => {
    const hadFocus = box.contains(doc.activeElement)
    box.remove()
    iframe.style.removeProperty('display')
    if (display) iframe.style.setProperty('display', display)
    // The button the visitor pressed is gone; keep keyboard users where the content now is.
    if (hadFocus) iframe.focus()
  }
}

/**
 * The gate's placeholder for a held iframe of `owner`, named after its service (or category); the button
 * allows just that service (or category). Here, not in the gate, so that it ships in this lazy chunk.
 * It shows once its texts are here (the held iframe keeps its box until then); the returned function
 * removes it, or keeps it from showing.
 */
export const placeholderFor = (iframe: HTMLIFrameElement, owner: Owner, consentry: Consentry): (() => void) => {
  const { config } = consentry
  const service = config.categories[owner.category]?.services.find((s) => s.id === owner.service)
  const allow = () =>
    consentry.set(owner.service ? {} : { [owner.category]: true }, {
      services: owner.service ? { [owner.service]: true } : {},
      surface: 'api',
      action: 'placeholder',
    })
  let removed = false
  let remove = () => {}
  void placeholderTexts(config).then((texts) => {
    if (!removed) remove = showPlaceholder(iframe, service?.name ?? owner.category, allow, texts)
  })
  return () => {
    removed = true
    remove()
  }
}
