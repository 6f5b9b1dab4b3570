import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack maw={560}>
      <Title order={2}>Page not found</Title>
      <Text>There is nothing at this address.</Text>
      <Button component={Link} to="/" w="fit-content">
        Back to patients
      </Button>
    </Stack>
  );
}
