import Cookies from 'js-cookie'
import type { ResolvedConfig } from '../config/types'

/**
 * Where the consent record lives. The engine only needs these three calls, so tests and server-side
 * rendering swap in `memoryStorage()` instead of mocking `document.cookie`.
 */
export interface ConsentStorage {
  read(): string | undefined
  write(value: string, days: number): void
  remove(): void
}

/** The first-party cookie, written with js-cookie. `Secure` defaults to the page being on https. */
export const cookieStorage = ({ name, domain, path, sameSite, secure }: ResolvedConfig['cookie']): ConsentStorage => {
  const attributes = () => ({
    domain,
    path,
    sameSite,
    secure: secure ?? location.protocol === 'https:',
  })
  return {
    read: () => Cookies.get(name),
    write: (value, days) => {
      Cookies.set(name, value, { ...attributes(), expires: days })
    },
    remove: () => Cookies.remove(name, attributes()),
  }
}

/** A storage that lives in memory: for tests, SSR, or apps that persist consent themselves. */
export const memoryStorage = (initial?: string): ConsentStorage => {
  let value = initial
  return {
    read: () => value,
    write: (next) => {
      value = next
    },
    remove: () => {
      value = undefined
    },
  }
}
