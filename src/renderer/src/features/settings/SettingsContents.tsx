import { Anchor, Stack, Text } from '@mantine/core';
import type { RefObject } from 'react';

/** The settings' sections, in page order, by their headings. */
export const SETTINGS_SECTIONS = [
  'Clinic details for handouts',
  'Mail',
  'Practitioners',
  'Locking',
  'Audit trail',
  'Clinical thresholds',
  'Backups',
  'Security',
] as const;

/**
 * "On this page": the settings are a long page, so a physio looking for Backups or Security
 * jumps straight there. The app routes with the URL's hash, so these are buttons that scroll
 * to the section's heading and move the focus there, not #links.
 */
export function SettingsContents({ page }: { page: RefObject<HTMLElement | null> }) {
  function jumpTo(title: string) {
    const heading = [...(page.current?.querySelectorAll<HTMLElement>('h3') ?? [])].find(
      (candidate) => candidate.textContent?.trim() === title,
    );
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }

  return (
    <nav aria-label="Settings sections" className="settings-contents">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          On this page
        </Text>
        {SETTINGS_SECTIONS.map((title) => (
          <Anchor
            key={title}
            component="button"
            type="button"
            size="sm"
            ta="left"
            onClick={() => jumpTo(title)}
          >
            {title}
          </Anchor>
        ))}
      </Stack>
    </nav>
  );
}
