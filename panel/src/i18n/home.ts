import { defineMessages } from "./define"

export const homeMessages = defineMessages({
  id: {
    "home.greeting": "Selamat datang, {name}",
    "home.role": "Peran",
    "home.lapas": "Lapas",
    "home.quickLinks": "Pintasan",
  },
  en: {
    "home.greeting": "Welcome, {name}",
    "home.role": "Role",
    "home.lapas": "Lapas",
    "home.quickLinks": "Shortcuts",
  },
})
