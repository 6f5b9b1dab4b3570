import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** A screen that fails to draw shows a message and a way back instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title="This screen could not be shown" role="alert">
        <Stack gap="sm">
          <Text size="sm">{this.state.error.message}</Text>
          <Text size="sm">Your saved records are safe.</Text>
          <Button
            w="fit-content"
            variant="light"
            onClick={() => {
              this.setState({ error: null });
              window.location.hash = '#/';
            }}
          >
            Back to patients
          </Button>
        </Stack>
      </Alert>
    );
  }
}
