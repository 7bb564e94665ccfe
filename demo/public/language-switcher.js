// Demo-only: `?lang=xx` picks the Consentry language (through window.consentryConfig, so it must load before
// the embed), and the header's <select> reloads the page in another language with the settings open.
;(() => {
  const params = new URLSearchParams(location.search)
  const lang = params.get('lang')
  if (lang) window.consentryConfig = Object.assign(window.consentryConfig || {}, { language: lang })
  if (params.has('settings')) (window.consentry = window.consentry || []).push((consentry) => consentry.get().decided && consentry.open())
  document.addEventListener('DOMContentLoaded', () => {
    const select = document.getElementById('language')
    if (!select) return
    select.value = lang || 'auto'
    select.addEventListener('change', () => {
      const url = new URL(location.href)
      url.searchParams.set('lang', select.value)
      url.searchParams.set('settings', '')
      location.href = url.href
    })
  })
})()
