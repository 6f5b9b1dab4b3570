/**
 * Why files could not be written to a folder, in words rather than the operating system's
 * code and path. Codes not listed fall back to a general reason.
 */
const REASONS: Record<string, string> = {
  EACCES: 'Stride Clinic is not allowed to write in that folder',
  EPERM: 'Stride Clinic is not allowed to write in that folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk is full',
  EFBIG: 'that disk cannot hold a file this large',
  EROFS: 'that folder is read-only',
  ENOENT: 'that folder no longer exists',
  ENOTDIR: 'that folder no longer exists',
};

export function writeFailureReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && REASONS[code]) || 'the computer refused to write there';
}
