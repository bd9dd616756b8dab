/**
 * Given names and their usual short forms: an article may write "Thomas D. Homan" once and "Tom Homan"
 * elsewhere, or a list of public figures may hold the short form. One group a line, separated by "|".
 */
const GROUPS =
  'Thomas Tom Tommy|William Bill Will Billy Willie Liam|Robert Bob Rob Bobby Robbie|Richard Rick Dick Rich Ricky|' +
  'James Jim Jimmy Jamie|John Jack Johnny|Jonathan Jon|Joseph Joe Joey|Michael Mike Mick|Christopher Chris|' +
  'Daniel Dan Danny|David Dave|Steven Stephen Steve|Anthony Tony|Edward Ed Eddie Ted Ned|Theodore Ted Teddy|' +
  'Jeffrey Jeff|Gregory Greg|Kenneth Ken Kenny|Matthew Matt|Nicholas Nick|Patrick Pat|Samuel Sam|Ronald Ron|' +
  'Donald Don Donnie|Andrew Andy Drew|Alexander Alex|Alexandra Alex|Charles Charlie Chuck|Henry Hank|' +
  'Lawrence Larry|Gerald Jerry|Jerome Jerry|Timothy Tim|Frederick Fred|Benjamin Ben|Nathan Nate|Nathaniel Nate|' +
  'Zachary Zach|Joshua Josh|Philip Phillip Phil|Peter Pete|Vincent Vince|Walter Walt|Gabriel Gabe|Douglas Doug|' +
  'Raymond Ray|Eugene Gene|Leonard Len Leo|Francis Frank|Franklin Frank|Gregorio Goyo|Francisco Pancho Paco|' +
  'José Jose Pepe|Alejandro Alex|Katherine Kate Katie Kathy|Catherine Cathy Kate|Elizabeth Liz Beth Betsy Lisa|' +
  'Margaret Maggie Peggy Meg|Rebecca Becky Becca|Jennifer Jen Jenny|Susan Sue Susie|Pamela Pam|Patricia Pat Patty Tricia|' +
  'Deborah Debbie Deb|Kimberly Kim|Victoria Vicky Tori|Christina Tina Chris|Samantha Sam|Jacqueline Jackie|' +
  'Abigail Abby|Dorothy Dot|Judith Judy|Theresa Teresa Terry|Valerie Val|Madeline Maddie';

const GROUP_OF = new Map<string, number[]>();
GROUPS.split('|').forEach((group, index) => {
  for (const name of group.split(' ')) GROUP_OF.set(name, [...(GROUP_OF.get(name) ?? []), index]);
});

/** True when two given names are one name in full and short form ("Thomas", "Tom"), or the same. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = GROUP_OF.get(a);
  const gb = GROUP_OF.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
}
