/** The one colour scale of every district choropleth: the council's map view, the dashboard, the HTML report and the PDF. */

/** ColorBrewer "Reds", five classes: light means few buildings. */
export const CHOROPLETH_COLOURS = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];

export interface ChoroplethClass {
  min: number;
  max: number;
  colour: string;
}

/** Five equal-width integer classes from 0 to the largest value. */
export function choroplethClasses(max: number): ChoroplethClass[] {
  const width = Math.max(1, Math.ceil((max + 1) / CHOROPLETH_COLOURS.length));
  return CHOROPLETH_COLOURS.map((colour, i) => ({ min: i * width, max: (i + 1) * width - 1, colour }));
}

export function classColour(classes: readonly ChoroplethClass[], value: number): string {
  return (classes.find((c) => value >= c.min && value <= c.max) ?? classes[classes.length - 1]).colour;
}
