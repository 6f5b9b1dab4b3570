/**
 * A person's name made safe to put in a file name: the characters Windows, macOS or Linux
 * refuse become spaces, runs of spaces become one, and no dot or space is left at the end
 * (Windows refuses names ending in either).
 */
export function safeFileNamePart(text: string): string {
  return text
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
}
