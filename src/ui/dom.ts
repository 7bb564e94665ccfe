type Attributes = Record<string, string | EventListener>

/**
 * A tiny element builder for the first layer, which ships without preact: attributes are set as
 * attributes, functions become event listeners, strings become text nodes — nothing is parsed as HTML.
 */
export const el = (tag: string, attributes: Attributes = {}, ...children: Array<Node | string | null | false>): HTMLElement => {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') node.addEventListener(name, value)
    else node.setAttribute(name, value)
  }
  node.append(...children.filter((child): child is Node | string => !!child))
  return node
}
