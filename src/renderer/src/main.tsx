import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import './app/app.css';
import { App } from './app/App';
import { StartupGate } from './app/StartupGate';
import { theme } from './app/theme';

const queryClient = new QueryClient({
  // Everything is local: no retries against a network, no refetch on window focus.
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <HashRouter>
          <StartupGate>
            <App />
          </StartupGate>
        </HashRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
