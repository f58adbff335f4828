// The data sets of data/ that Storybook's "Data set" toolbar switches between.

export type DataSetId = 'sample' | 'large' | 'dashboard';

interface DataSet {
  /** The toolbar's label. */
  title: string;
  /** The file per UI language; a set without an English file shows its Swedish texts under an English UI. */
  files: { sv: string; en?: string };
  /**
   * Where the set's goal ids differ from the sample's: the goal every chart that follows the
   * toolbar shows (the sample's goal ids would only give "unknown goal" errors).
   */
  goal?: string;
}

export const DATA_SETS: Record<DataSetId, DataSet> = {
  sample: {
    title: 'Vägval 2020 (5 areas, 13 goals, 36 initiatives)',
    files: { sv: 'data/vagval-2020.json', en: 'data/vagval-2020-en.json' },
  },
  large: { title: 'Large: 2,000 initiatives (Swedish only)', files: { sv: 'data/generated/large-strategy.json' } },
  dashboard: {
    title: 'Dashboard: 100 goals (Swedish only)',
    files: { sv: 'data/generated/dashboard-strategy.json' },
    goal: 'sysselsattningsgrad-20-64-ar-centrum',
  },
};

/** What a story's render function is given by Storybook (only the toolbar's values are read). */
export interface StoryGlobals {
  globals?: { dataSet?: string; lang?: string };
}

/** The data the toolbar chose: the file for the UI language, and the goal id to show for a sample goal. */
export interface SharedData {
  src: string;
  goal(sampleGoal: string): string;
}

function isDataSetId(value: string | undefined): value is DataSetId {
  return value !== undefined && Object.hasOwn(DATA_SETS, value);
}

/**
 * The shared data for a story, from the toolbar's data set and language. Without a Storybook
 * context (the stories' browser tests render with none) it is the Swedish sample.
 */
export function sharedData(context?: StoryGlobals): SharedData {
  const id = context?.globals?.dataSet;
  const set = DATA_SETS[isDataSetId(id) ? id : 'sample'];
  const src = (context?.globals?.lang === 'en' ? set.files.en : undefined) ?? set.files.sv;
  return { src, goal: (sampleGoal) => set.goal ?? sampleGoal };
}
