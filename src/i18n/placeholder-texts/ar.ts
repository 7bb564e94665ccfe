import type { PlaceholderTexts } from '../types'

/** العربية: the placeholder of a held iframe (`{name}` is the service's name). */
const texts: PlaceholderTexts = {
  text: 'لن يُحمَّل {name} حتى تسمح بذلك. قد يضع ملفات تعريف الارتباط ويرسل بيانات إلى مزوّده.',
  button: 'السماح بتحميل {name}',
}

export default texts
