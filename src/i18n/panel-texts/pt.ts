import type { PanelTexts } from '../types'

/** Português */
const texts: PanelTexts = {
  prefs: {
    title: 'Definições de cookies',
    intro: 'Escolha que cookies podemos utilizar. Os cookies estritamente necessários estão sempre ativos, porque o site não funciona sem eles.',
    save: 'Guardar escolhas',
    alwaysOn: 'Sempre ativos',
    details: 'Serviços e cookies',
    cookie: 'Cookie',
    provider: 'Fornecedor',
    party: 'Definido por',
    first: 'Este site',
    third: 'Terceiros',
    duration: 'Duração',
    purpose: 'Finalidade',
    consentCookie: 'Memoriza a sua escolha sobre cookies',
    consentId: 'O seu ID de consentimento',
    date: 'Data da sua escolha',
    notYet: 'Ainda sem escolha',
    gpc: 'O seu navegador envia o sinal Global Privacy Control. Respeitamo-lo: o marketing fica desativado, a menos que o ative.',
    close: 'Fechar',
  },
  declaration: {
    change: 'Alterar definições',
    allowed: 'Permitidos',
    refused: 'Não permitidos',
  },
  categories: {
    necessary: {
      title: 'Estritamente necessários',
      description: 'Necessários para o funcionamento do site, por exemplo para memorizar a sua escolha sobre cookies. Não podem ser desativados.',
    },
    functional: {
      title: 'Funcionais',
      description: 'Memorizam as suas preferências e ativam funcionalidades adicionais, como o chat. Se os recusar, essas funcionalidades podem não funcionar.',
    },
    performance: {
      title: 'Desempenho',
      description: 'Contam as visitas e medem a forma como o site é utilizado, para o podermos melhorar. Se os recusar, as suas visitas não são medidas.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Medem os nossos anúncios e mostram-lhe anúncios relevantes noutros sites. Se os recusar, continuará a ver anúncios, mas não com base nas suas visitas.',
    },
  },
}

export default texts
