// Dark neon (default, like the original service) or light theme, remembered per browser.
import { useColorMode } from '@vueuse/core'
import { computed, watchEffect } from 'vue'

export function useTheme() {
  const mode = useColorMode({
    attribute: 'class',
    modes: { dark: 'dark', light: 'light' },
    initialValue: 'dark',
    storageKey: 'shiti.theme',
    // The default briefly injects a <style> element to stop transitions, which the strict CSP forbids.
    disableTransition: false,
  })
  const isLight = computed(() => mode.value === 'light')
  // A phone's browser bar takes the page's colour from <meta name="theme-color">: the theme's background
  // (main.css's --bg; index.html starts with the dark one), not a dark bar over a light page.
  watchEffect(() => {
    document.querySelector('meta[name="theme-color"]')?.setAttribute('content', isLight.value ? '#f4f6fb' : '#05060b')
  })
  function toggle(): void {
    mode.value = isLight.value ? 'dark' : 'light'
  }
  return { isLight, toggle }
}
