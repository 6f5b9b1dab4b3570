import { Anchor, AppShell, Badge, Group, Text, Title, Tooltip } from '@mantine/core';
import { useAppInfo } from '../api/app-info';
import { Link, Route, Routes } from 'react-router';
import { HandoutPage } from '../features/handouts/HandoutPage';
import { AssessmentPage } from '../features/assessments/AssessmentPage';
import { EditPatientPage } from '../features/patients/EditPatientPage';
import { LibraryPage } from '../features/library/LibraryPage';
import { NewProgramPage, ProgramPage } from '../features/programs/ProgramPages';
import { SettingsPage } from '../features/settings/SettingsPage';
import { BackupProblemNotice } from '../features/settings/backups/BackupProblemNotice';
import { NewPatientPage } from '../features/patients/NewPatientPage';
import { PatientListPage } from '../features/patients/PatientListPage';
import { PatientPage } from '../features/patients/PatientPage';
import { AuditTrailPage } from '../features/audit/AuditTrailPage';
import { LockGate } from '../features/lock/LockGate';
import { WorkingAs } from '../features/lock/WorkingAs';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFoundPage } from './NotFoundPage';

/** The browser preview keeps its key beside its data: say so, so nobody enters real patients. */
function PreviewBadge() {
  const info = useAppInfo();
  if (info.data?.mode !== 'preview') return null;
  return (
    <Tooltip label={`Demo data only. Data folder: ${info.data.dataDirectory}`}>
      <Badge color="orange" variant="light" tabIndex={0}>
        Browser preview
      </Badge>
    </Tooltip>
  );
}

/** The app behind its lock: nothing below shows until a practitioner unlocks. */
export function App() {
  return (
    <LockGate>
      <UnlockedApp />
    </LockGate>
  );
}

function UnlockedApp() {
  return (
    <AppShell header={{ height: 56 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Title order={1} size="h3">
            <Link to="/" className="brand-link" aria-label="Stride Clinic, patient list">
              Stride Clinic
            </Link>
          </Title>
          <Group gap="sm">
            <PreviewBadge />
            <Anchor component={Link} to="/library" size="sm">
              Exercise library
            </Anchor>
            <Anchor component={Link} to="/settings" size="sm">
              Settings
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="md">
              Hip pain in runners
            </Text>
            <WorkingAs />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <BackupProblemNotice />
        <ErrorBoundary>
          <Routes>
            <Route path="/" element={<PatientListPage />} />
            <Route path="/patients/new" element={<NewPatientPage />} />
            <Route path="/patients/:id" element={<PatientPage />} />
            <Route path="/patients/:id/edit" element={<EditPatientPage />} />
            <Route path="/patients/:id/assessments/:assessmentId" element={<AssessmentPage />} />
            <Route
              path="/patients/:id/assessments/:assessmentId/program"
              element={<NewProgramPage />}
            />
            <Route path="/patients/:id/programs/:programId" element={<ProgramPage />} />
            <Route path="/patients/:id/programs/:programId/handout" element={<HandoutPage />} />
            <Route path="/library" element={<LibraryPage />} />
            <Route path="/settings" element={<SettingsPage />} />
            <Route path="/settings/audit-trail" element={<AuditTrailPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
