// c15t is headless: this is the page glue its "Building UI" guide shows (a vanilla DOM banner driven by
// the store), with the same four categories and the two held tags through its script loader. Offline mode:
// no backend, consent kept in the browser, as the other SDKs on this bench.
import { getOrCreateConsentRuntime } from 'c15t'

const { consentStore } = getOrCreateConsentRuntime({
  mode: 'offline',
  consentCategories: ['necessary', 'functionality', 'measurement', 'marketing'],
  scripts: [
    { id: 'google-analytics', src: '/tags/analytics.js', category: 'measurement' },
    { id: 'meta-pixel', src: '/tags/marketing.js', category: 'marketing' },
  ],
})

const banner = document.createElement('div')
banner.id = 'consent-banner'
banner.setAttribute('role', 'dialog')
banner.setAttribute('aria-label', 'Cookie consent')
banner.innerHTML = `
  <p>We use cookies to count visits and to measure our ads. <a href="/privacy">Privacy policy</a></p>
  <div>
    <button id="consent-accept">Accept all</button>
    <button id="consent-reject">Reject all</button>
    <button id="consent-customize">Customize</button>
  </div>`
document.body.appendChild(banner)
banner.querySelector('#consent-accept').addEventListener('click', () => consentStore.getState().saveConsents('all'))
banner.querySelector('#consent-reject').addEventListener('click', () => consentStore.getState().saveConsents('necessary'))
banner.querySelector('#consent-customize').addEventListener('click', () => consentStore.getState().setActiveUI('dialog'))

const show = (state) => {
  banner.style.display = state.activeUI === 'banner' ? 'block' : 'none'
}
show(consentStore.getState())
consentStore.subscribe(show)
