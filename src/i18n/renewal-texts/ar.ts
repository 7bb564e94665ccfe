import type { RenewalTexts } from '../types'

/** العربية: the banner's words when it asks again (`i18n/renew/ar.js`, downloaded only then). */
const texts: RenewalTexts = {
  banner: {
    revisionTitle: 'تغيّرت سياسة ملفات تعريف الارتباط لدينا',
    revisionText: 'حدّثنا سياسة الخصوصية أو ملفات تعريف الارتباط التي نستخدمها. يُرجى مراجعة اختيارك وتأكيده.',
    expiredText: 'انتهت صلاحية اختيارك السابق بشأن ملفات تعريف الارتباط. يُرجى مراجعته وتأكيده مرة أخرى.',
  },
}

export default texts
