// Dark neon (like the original service) or light theme. A first visit follows the system's setting
// (prefers-color-scheme, live while no choice is made: a visitor with a light system got the dark theme, QA);
// the header's toggle is a choice remembered per browser that overrides it from then on. Toggling back to the
// system's own scheme forgets the choice, so the page follows the system again (there was no way back, QA).
import { useColorMode } from '@vueuse/core'
import { computed, watchEffect } from 'vue'

/** The browser bar's colour for each theme: main.css's --bg. */
const BROWSER_BAR = { light: '#f4f6fb', dark: '#05060b' } as const

export function useTheme() {
  const mode = useColorMode({
    attribute: 'class',
    modes: { dark: 'dark', light: 'light' },
    // 'auto' (stored until the toggle is used) resolves to the system's scheme.
    initialValue: 'auto',
    storageKey: 'shiti.theme',
    // The default briefly injects a <style> element to stop transitions, which the strict CSP forbids.
    disableTransition: false,
  })
  const isLight = computed(() => mode.value === 'light')
  // A phone's browser bar takes the page's colour from <meta name="theme-color">: index.html has one per system
  // scheme for the page before the app runs; once it runs, both say the theme in use (a stored choice may differ).
  watchEffect(() => {
    for (const meta of document.querySelectorAll('meta[name="theme-color"]')) meta.setAttribute('content', BROWSER_BAR[isLight.value ? 'light' : 'dark'])
  })
  function toggle(): void {
    const next = isLight.value ? 'dark' : 'light'
    mode.value = next === mode.system.value ? 'auto' : next
  }
  return { isLight, toggle }
}
