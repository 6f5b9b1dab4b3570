import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of every start-up screen: the app's name, a heading, and one card of content. */
export function StartScreen({
  title,
  width = 480,
  children,
}: {
  title: string;
  width?: number;
  children: ReactNode;
}) {
  return (
    <Center component="main" mih="100vh" p="lg" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={width} maw="100%">
        <Stack>
          <Text fw={700} size="xl" c="teal.8">
            Stride Clinic
          </Text>
          <Title order={1} size="h3">
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
