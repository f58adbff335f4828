import { formatCount } from '../../format/number.js';
import type { Catalogue } from '../../i18n/lang.js';

/**
 * The feedback block's wording. Plain strings can be replaced per element with a
 * `text-*` attribute; `{name}` marks a value filled in by the element.
 */
export interface FeedbackMessages {
  /** Link text of the comment on the page. */
  comment: string;
  /** Tells the reader when to use the service link instead of the comment link. */
  serviceHint: string;
  /** Link text of the report about a service or treatment. */
  service: string;
  /** Last updated, with `{date}` and `{by}`. */
  updatedDateBy: string;
  updatedDate: string;
  updatedBy: string;
  /** Subject of the comment e-mail, with `{title}` (the page's title). */
  mailSubject: string;
  mailSubjectUntitled: string;
  /** Body of the comment e-mail, with `{page}` (the page's address). */
  mailBody: string;
  question: string;
  yes: string;
  no: string;
  thanks: string;
  commentLabel: string;
  commentHint: string;
  commentCount: (max: number, left: number) => string;
  send: string;
  /** The answer could not be sent now but is kept for the next page view. */
  failedKept: string;
  /** The answer could not be sent and cannot be kept. */
  failedLost: string;
  /** Label of the hidden field that only robots fill in. */
  trapLabel: string;
}

export const feedbackMessages: Catalogue<FeedbackMessages> = {
  sv: {
    comment: 'Skicka en kommentar om webbsidan till webbredaktionen',
    serviceHint: 'Har du en kommentar om bemötande eller om någon kommunal service skickar du i stället en synpunkt.',
    service: 'Lämna en synpunkt',
    updatedDateBy: 'Senast uppdaterad {date} av {by}',
    updatedDate: 'Senast uppdaterad {date}',
    updatedBy: 'Senast uppdaterad av {by}',
    mailSubject: 'Kommentar om webbsidan ”{title}”',
    mailSubjectUntitled: 'Kommentar om webbsidan',
    mailBody: 'Sida: {page}\n\nMin kommentar:\n',
    question: 'Hjälpte informationen på sidan dig?',
    yes: 'Ja',
    no: 'Nej',
    thanks: 'Tack för ditt svar!',
    commentLabel: 'Vad saknade du? (frivilligt)',
    commentHint: 'Skriv inga personuppgifter, som namn, personnummer eller telefonnummer. Vi svarar inte på det du skriver här.',
    commentCount: (max, left) => `Högst ${formatCount(max, 'sv')} tecken, ${formatCount(left, 'sv')} kvar.`,
    send: 'Skicka svar',
    failedKept: 'Ditt svar kunde inte skickas just nu. Vi skickar det när du öppnar nästa sida.',
    failedLost: 'Ditt svar kunde tyvärr inte skickas.',
    trapLabel: 'Lämna det här fältet tomt',
  },
  en: {
    comment: 'Send a comment about this web page to the web editors',
    serviceHint: 'If your comment is about how you were treated or about a municipal service, send us feedback on the service instead.',
    service: 'Give feedback on a service',
    updatedDateBy: 'Last updated {date} by {by}',
    updatedDate: 'Last updated {date}',
    updatedBy: 'Last updated by {by}',
    mailSubject: 'Comment on the web page “{title}”',
    mailSubjectUntitled: 'Comment on the web page',
    mailBody: 'Page: {page}\n\nMy comment:\n',
    question: 'Did the information on this page help you?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your answer!',
    commentLabel: 'What were you missing? (optional)',
    commentHint: 'Do not write any personal details, such as your name, personal identity number or phone number. We do not reply to what you write here.',
    commentCount: (max, left) =>
      `At most ${formatCount(max, 'en')} ${max === 1 ? 'character' : 'characters'}, ${formatCount(left, 'en')} left.`,
    send: 'Send answer',
    failedKept: 'Your answer could not be sent just now. We will send it when you open the next page.',
    failedLost: 'Sorry, your answer could not be sent.',
    trapLabel: 'Leave this field empty',
  },
};
