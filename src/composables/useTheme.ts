// Dark neon (default, like the original service) or light theme, remembered per browser.
import { useColorMode } from '@vueuse/core'
import { computed } from 'vue'

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
  function toggle(): void {
    mode.value = isLight.value ? 'dark' : 'light'
  }
  return { isLight, toggle }
}
