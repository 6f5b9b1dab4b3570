import { Alert, List, Text } from '@mantine/core';
import type { RedFlagScreen } from '../../../../../shared/clinical/red-flag-screen';

/** Shown at the top of the visit as soon as any red flag is positive. */
export function RedFlagBanner({ screen }: { screen: RedFlagScreen }) {
  if (!screen.referralAdvised) return null;
  return (
    <Alert color="red" variant="filled" title="Red flag: refer before treating" role="alert">
      <Text size="sm" mb={4}>
        Referral advised. The program will hold no running and no hopping, and the handout will tell
        the runner to see a doctor.
      </Text>
      <List size="sm" spacing={2}>
        {screen.reasons.map((reason) => (
          <List.Item key={reason}>{reason.charAt(0).toUpperCase() + reason.slice(1)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
