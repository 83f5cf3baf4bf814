import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/schema';
import { getSettings, watchSettings } from '@/lib/storage';

/** Current settings (undefined until read), kept live. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
