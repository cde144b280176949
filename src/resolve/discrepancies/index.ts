// Discrepancies: the same fact reported differently by different articles of one story. Each finder
// compares one slot across the reports; each value keeps its articles and the sentences saying it.
//   administrations  the government in office for one country ("Biden" vs "Trump administration")
//   offices          the offices attributed to one person (also serving as O vs O a separate official;
//                    different offices in different reports)
//   event dates      the day of one meeting or call of named persons
//   targets          what one side's strikes were aimed at (military targets vs no military targets)
//   figures          the number killed or wounded in one place on one day; the number of the same
//                    named things (B-2 bombers, Rwandan soldiers)
import type { AnalyzedArticle, Discrepancy, StoryEntity } from '../../model.ts';
import { administrationDiscrepancies } from './administrations.ts';
import { eventDateDiscrepancies } from './event-dates.ts';
import { countDiscrepancies, figureDiscrepancies } from './figures.ts';
import { officeDiscrepancies } from './offices.ts';
import { storyView } from './shared.ts';
import { targetDiscrepancies } from './targets.ts';

export function resolveDiscrepancies(articles: AnalyzedArticle[], entities: StoryEntity[]): Discrepancy[] {
  const view = storyView(articles, entities);
  const out = [
    ...administrationDiscrepancies(view),
    ...targetDiscrepancies(view),
    ...officeDiscrepancies(view),
    ...eventDateDiscrepancies(view),
    ...figureDiscrepancies(view),
    ...countDiscrepancies(view),
  ];
  out.forEach((d, i) => (d.id = `discrepancy-${i + 1}`));
  return out;
}
