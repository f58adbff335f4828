import '../src/elements/feedback/define.js';
import '../src/elements/strategy/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VagvalFeedback } from '../src/elements/feedback/feedback.js';
import { sharedData } from './support/data-sets.js';
import { forcedColoursDocs } from './support/forced-colours.js';
import { provideState } from './support/provide-state.js';
import { storyBox } from './support/story-box.js';

interface FeedbackArgs {
  commentEmail: string;
  serviceHref: string;
  updated: string;
  updatedBy: string;
}

const meta: Meta<FeedbackArgs> = {
  title: 'Elements/vagval-feedback',
  component: 'vagval-feedback',
  args: {
    commentEmail: 'webbredaktionen@example.se',
    serviceHref: 'https://example.se/synpunkt',
    updated: '2024-03-14',
    updatedBy: 'Webbredaktionen',
  },
  render: (args) => html`<vagval-feedback
    comment-email=${args.commentEmail}
    service-href=${args.serviceHref}
    updated=${args.updated}
    updated-by=${args.updatedBy}
  ></vagval-feedback>`,
  parameters: {
    docs: {
      description: {
        component:
          'The end of every page: a link for a comment on the page (an e-mail whose subject names the page and whose body holds its address, or a form), a link for a report about a service, and when the page was last updated and by whom. With `helpful` it also asks whether the information helped; the answer is POSTed as JSON to `endpoint`. Each attribute overrides the data file; every text can be replaced with a `text-*` attribute.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FeedbackArgs>;

/** Clicks an answer inside the element, as a reader would, once it has rendered. */
async function answer(canvasElement: HTMLElement, choice: 'yes' | 'no'): Promise<void> {
  const el = canvasElement.querySelector<VagvalFeedback>('vagval-feedback')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${choice}-button"]`)!.click();
  await el.updateComplete;
}

const noFeedbackData = JSON.stringify({ version: 1, title: 'Vägval 2020', lang: 'sv', areas: [{ id: 'klimat', title: 'Klimat' }] });
const invalidData = JSON.stringify({ version: 1, title: 'Vägval 2020', updated: '14 mars 2024', areas: [{ id: 'klimat' }] });

export const FromAttributes: Story = {
  name: 'Ready, from attributes (no data)',
};

export const FromData: Story = {
  name: 'Ready, from the data file',
  render: (_args, context) => html`<vagval-strategy src=${sharedData(context).src}><vagval-feedback></vagval-feedback></vagval-strategy>`,
};

export const CommentForm: Story = {
  name: 'Ready, comment form instead of e-mail',
  render: () => html`<vagval-feedback
    comment-href="https://example.se/kommentar"
    comment-param="sida"
    service-href="https://example.se/synpunkt"
    updated="2024-03-14"
  ></vagval-feedback>`,
};

export const Loading: Story = {
  name: 'Loading',
  render: () => html`<div ${provideState({ status: 'loading' })}><vagval-feedback></vagval-feedback></div>`,
};

export const Empty: Story = {
  name: 'Empty (nothing to show)',
  parameters: { docs: { description: { story: 'Data without `updated`, `updatedBy` or `feedback`, and no attributes: the block shows nothing.' } } },
  render: () => html`<vagval-feedback><script type="application/json">${noFeedbackData}</script></vagval-feedback>`,
};

export const ErrorState: Story = {
  name: 'Error, its own data has issues',
  parameters: { docs: { description: { story: 'Its own inline data is invalid: the issues are listed for the web editor, and what the attributes give is still shown.' } } },
  render: () => html`<vagval-feedback service-href="https://example.se/synpunkt"
    ><script type="application/json">${invalidData}</script></vagval-feedback
  >`,
};

export const LongSwedish: Story = {
  name: 'Long Swedish text',
  render: () => html`<vagval-feedback
    comment-email="kommunikationsavdelningens.webbredaktion@stadsbyggnadsforvaltningen.example.se"
    service-href="https://example.se/synpunkt"
    updated="2024-09-30"
    updated-by="Kommunikationsavdelningens webbredaktion vid stadsbyggnadsförvaltningen"
    text-comment="Skicka en kommentar om innehållet på den här webbsidan till kommunikationsavdelningens webbredaktion"
    text-service-hint="Har du en kommentar om bemötande, om handläggningen av ett ärende eller om någon annan kommunal service skickar du i stället en synpunkt via kommunens e-tjänst för synpunkter och klagomål."
    helpful
  ></vagval-feedback>`,
};

export const English: Story = {
  name: 'English',
  render: () => html`<div lang="en">
    <vagval-strategy src="data/vagval-2020-en.json"><vagval-feedback helpful></vagval-feedback></vagval-strategy>
  </div>`,
};

export const Narrow: Story = {
  name: 'Narrow screen (320 px)',
  render: (args) => html`<div ${storyBox('320px')}>
    <vagval-feedback
      helpful
      comment-email=${args.commentEmail}
      service-href=${args.serviceHref}
      updated=${args.updated}
      updated-by=${args.updatedBy}
    ></vagval-feedback>
  </div>`,
};

export const OwnWording: Story = {
  name: 'Own wording (text-* attributes)',
  render: () => html`<vagval-feedback
    comment-href="https://example.se/kommentar"
    service-href="https://example.se/synpunkt"
    updated="2024-03-14"
    updated-by="Kommunikation"
    text-comment="Tyck till om sidan"
    text-service-hint="Gäller det vår service eller ett ärende?"
    text-service="Lämna synpunkter och klagomål"
    text-updated="Sidan granskades {date} av {by}"
    helpful
    text-question="Fick du svar på din fråga?"
  ></vagval-feedback>`,
};

export const Helpful: Story = {
  name: 'Helpful question, asked',
  parameters: { docs: { description: { story: 'Without `endpoint` the answers only fire `vagval-feedback` (for the page’s own analytics).' } } },
  render: (args) => html`<vagval-feedback helpful comment-email=${args.commentEmail} updated=${args.updated}></vagval-feedback>`,
};

export const HelpfulComment: Story = {
  name: 'Helpful question, "no" with the comment field',
  render: Helpful.render!,
  play: ({ canvasElement }) => answer(canvasElement, 'no'),
};

export const HelpfulThanks: Story = {
  name: 'Helpful question, thanked',
  render: Helpful.render!,
  play: ({ canvasElement }) => answer(canvasElement, 'yes'),
};

export const HelpfulFailed: Story = {
  name: 'Helpful question, the answer could not be sent',
  parameters: {
    docs: { description: { story: 'Nothing answers at the endpoint: after one retry the reader is told and offered the mail link; the answer is kept for the next page view.' } },
  },
  // Port 9 is blocked by browsers, so this fails at once and never leaves the machine.
  render: (args) => html`<vagval-feedback helpful endpoint="http://127.0.0.1:9/svar" comment-email=${args.commentEmail}></vagval-feedback>`,
  play: ({ canvasElement }) => answer(canvasElement, 'yes'),
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  parameters: { docs: { description: { story: 'Under `dir="rtl"` the question, the answer buttons and the links align to the right; the texts stay Swedish or English.' } } },
  render: (_args, context) => html`<div dir="rtl">
    <vagval-strategy src=${sharedData(context).src}><vagval-feedback helpful></vagval-feedback></vagval-strategy>
  </div>`,
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: forcedColoursDocs('After a "no": the chosen answer keeps a highlight-coloured border and its check mark, the other answer is greyed out, and the comment field keeps its system border.'),
  render: Helpful.render!,
  play: ({ canvasElement }) => answer(canvasElement, 'no'),
};
