// Demo-only: buttons that drive the public API and a live view of consentry.get().
window.consentry = window.consentry || []
window.consentry.push((consentry) => {
  const out = document.getElementById('consent-state')
  const render = () => { out.textContent = JSON.stringify(consentry.get(), null, 2) }
  render()
  consentry.on('change', render)
  document.querySelectorAll('[data-api]').forEach((button) => {
    button.addEventListener('click', () => {
      const [method, arg] = button.dataset.api.split(':')
      if (method === 'set') consentry.set({ [arg]: !consentry.has(arg) })
      else consentry[method]()
    })
  })
})
