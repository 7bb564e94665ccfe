// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConsentryConfig } from '../config/types'
import { createEngine } from '../core/engine'
import { memoryStorage } from '../storage/cookie-storage'
import { type Gate, startGate } from './gate'

const config: ConsentryConfig = {
  categories: {
    functional: { services: [{ id: 'chat', name: 'Chat', cookies: [{ name: 'chat_session', duration: '1 day' }] }] },
    marketing: {
      services: [
        { id: 'video', name: 'Video player', blocks: ['video.example'] },
        { id: 'pixel', name: 'Pixel', blocks: ['pixel.example'], cookies: [{ name: '_px', duration: '3 months' }] },
      ],
    },
  },
}
const gates: Gate[] = []
const start = (storage = memoryStorage(), reload = vi.fn(), gpc = false) => {
  const consentry = createEngine(config, { storage, gpc: () => gpc })
  gates.push(startGate(consentry, { placeholders: () => import('./placeholder'), reload }))
  return { consentry, reload }
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  gates.splice(0).forEach((gate) => gate.dispose())
  document.body.replaceChildren()
  document.cookie = '_px=; max-age=0; path=/'
  document.cookie = 'chat_session=; max-age=0; path=/'
})

describe('startGate', () => {
  it('releases held media when its service is allowed, and only then', async () => {
    const { consentry } = start()
    document.body.innerHTML = '<img id="px" data-service="pixel" data-src="https://pixel.example/p.gif"><img id="vid" data-service="video" data-src="https://video.example/t.jpg">'
    await tick()
    expect(document.getElementById('px')!.hasAttribute('src')).toBe(false)
    consentry.set({}, { services: { video: true } })
    expect(document.getElementById('vid')!.getAttribute('src')).toBe('https://video.example/t.jpg')
    expect(document.getElementById('px')!.hasAttribute('src')).toBe(false)
  })

  it('holds a URL-claimed image created by other code, and catches markup added later', async () => {
    const { consentry } = start()
    const pixel = document.createElement('img')
    pixel.src = 'https://pixel.example/late.gif'
    document.body.append(pixel)
    document.body.insertAdjacentHTML('beforeend', '<img id="late" data-category="marketing" data-src="/late.gif">')
    await tick()
    expect(pixel.hasAttribute('src')).toBe(false)
    consentry.acceptAll()
    expect(pixel.getAttribute('src')).toBe('https://pixel.example/late.gif')
    expect(document.getElementById('late')!.getAttribute('src')).toBe('/late.gif')
  })

  it('shows a placeholder for a held iframe whose button allows just that service', async () => {
    const { consentry } = start()
    document.body.innerHTML = '<iframe data-service="video" data-src="https://video.example/embed/1" width="320" height="180" title="Video"></iframe>'
    await vi.waitFor(() => expect(document.querySelector('.consentry-placeholder')).not.toBeNull())
    const button = document.querySelector<HTMLButtonElement>('.consentry-placeholder-allow')!
    expect(button.textContent).toBe('Allow Video player and load')
    button.click()
    expect(consentry.get().services).toMatchObject({ video: true, pixel: false })
    expect(document.querySelector('.consentry-placeholder')).toBeNull()
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('https://video.example/embed/1')
  })

  it('deletes cookies of what is not allowed, at start and on withdrawal', async () => {
    document.cookie = '_px=1; path=/'
    const { consentry } = start()
    await tick()
    expect(document.cookie).not.toContain('_px')
    consentry.acceptAll()
    document.cookie = 'chat_session=1; path=/'
    consentry.set({ functional: false })
    expect(document.cookie).not.toContain('chat_session')
  })

  it('reloads on withdrawal only when the category has reloadOnWithdraw and its tags ran here', async () => {
    const { consentry, reload } = start()
    consentry.acceptAll()
    consentry.set({ marketing: false })
    await tick()
    expect(reload).not.toHaveBeenCalled()
    consentry.set({ marketing: true })
    document.body.innerHTML = '<img data-service="pixel" data-src="/p.gif">'
    await tick()
    consentry.set({ functional: false })
    await tick()
    expect(reload).not.toHaveBeenCalled()
    consentry.set({ marketing: false })
    await tick()
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('never releases what Global Privacy Control withdraws from an earlier "accept all", and does not reload', async () => {
    const storage = memoryStorage()
    createEngine(config, { storage, gpc: () => false }).acceptAll()
    document.body.innerHTML = '<img id="px" data-service="pixel" data-src="/p.gif"><img id="chat" data-category="functional" data-src="/c.gif">'
    const { consentry, reload } = start(storage, vi.fn(), true)
    await tick()
    expect(consentry.has('marketing')).toBe(false)
    expect(document.getElementById('px')!.hasAttribute('src')).toBe(false)
    expect(document.getElementById('chat')!.getAttribute('src')).toBe('/c.gif')
    expect(reload).not.toHaveBeenCalled()
  })
})
