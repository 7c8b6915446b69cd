/**
 * Every visible text of the Karya Binaan admin extensions, in Bahasa Indonesia
 * (the readers are lapas staff). Keep new strings here, not in components.
 */
import type { AdminRole, AgreementTerm, LapasClass, LapasTimeZone, PartnerActivity, PartnerKind, StaffRole } from "@karya-binaan/contracts"
import type { ProductStatus } from "./types"

const lapasClass: Record<LapasClass, string> = {
  kelas_i: "Kelas I",
  kelas_iia: "Kelas IIA",
  kelas_iib: "Kelas IIB",
  kelas_iii: "Kelas III",
  rutan: "Rutan",
  bapas: "Bapas",
}

const timeZone: Record<LapasTimeZone, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
}

const role: Record<AdminRole, string> = {
  national: "Nasional (Ditjenpas)",
  lapas_staff: "Staf lapas (GIATJA)",
  finance: "Keuangan",
}

const staffRole: Record<StaffRole, string> = {
  lapas_staff: role.lapas_staff,
  finance: role.finance,
}

const term: Record<AgreementTerm, string> = {
  short: "Jangka pendek (< 2 th)",
  medium: "Jangka menengah (2–5 th)",
  long: "Jangka panjang (≥ 5 th)",
}

const partnerKind: Record<PartnerKind, string> = {
  pt: "PT",
  yayasan: "Yayasan",
  lpk: "LPK",
  koperasi: "Koperasi",
  government_agency: "Instansi pemerintah",
}

const activity: Record<PartnerActivity, string> = {
  training: "Pelatihan",
  production: "Produksi",
  marketing: "Pemasaran",
}

const productStatus: Record<ProductStatus, string> = {
  draft: "Draf",
  proposed: "Diusulkan",
  published: "Dipublikasikan",
  rejected: "Ditolak",
}

export const messages = {
  labels: {
    lapasClass,
    timeZone,
    role,
    staffRole,
    term,
    partnerKind,
    activity,
    productStatus,
  },

  common: {
    loading: "Memuat…",
    genericError: "Terjadi kesalahan. Silakan coba lagi.",
    unauthorized: "Sesi Anda telah berakhir. Silakan masuk kembali.",
    forbidden: "Anda tidak memiliki akses untuk tindakan ini.",
    retry: "Coba lagi",
    empty: "—",
    yes: "Ya",
    no: "Tidak",
    optional: "(opsional)",
    save: "Simpan",
    saving: "Menyimpan…",
    cancel: "Batal",
    back: "Kembali ke daftar lapas",
    copy: "Salin",
  },

  nav: {
    lapas: "Lapas",
    lapasProducts: "Produk per lapas",
  },

  productWidget: {
    title: "Lapas asal",
    notLinked: "Belum terhubung ke lapas",
    notLinkedHint:
      "Produk ini belum dikaitkan dengan lapas mana pun, sehingga asal pembuatannya belum tampil di toko.",
    name: "Nama",
    class: "Kelas",
    city: "Kota/Kabupaten",
    province: "Provinsi",
    open: "Buka halaman lapas",
  },

  productListLink: {
    hint: "Daftar produk bawaan tidak menampilkan lapas pembuatnya.",
    open: "Lihat produk beserta lapasnya",
  },

  /** Product tables: the "Produk per lapas" page and the lapas detail page. */
  products: {
    columns: {
      product: "Produk",
      lapas: "Lapas",
      status: "Status",
      variants: "Varian",
    },
    noLapas: "Belum terhubung",
    variants: (n: number) => `${n} varian`,
  },

  lapasProducts: {
    title: "Produk per lapas",
    subtitle: "Semua produk beserta lapas yang membuatnya.",
    searchPlaceholder: "Cari produk…",
    lapasFilter: "Lapas",
    allLapas: "Semua lapas",
    empty: "Belum ada produk.",
    noMatch: "Tidak ada produk yang cocok dengan pencarian atau filter.",
    clearFilters: "Hapus filter",
    pagination: {
      of: "dari",
      results: "produk",
      pages: "halaman",
      prev: "Sebelumnya",
      next: "Berikutnya",
    },
  },

  currentLapas: {
    /** "Anda masuk sebagai Staf lapas (GIATJA) — Lapas Kelas I Cipinang" */
    signedInAs: (roleLabel: string, lapasName: string) =>
      `Anda masuk sebagai ${roleLabel} — ${lapasName}`,
    national: "Nasional: semua lapas",
    noLapas: "belum terhubung ke lapas",
  },

  list: {
    title: "Lapas",
    subtitle: "Lembaga pemasyarakatan yang menjual karya binaan di marketplace.",
    count: (n: number) => `${n} lapas`,
    empty: "Belum ada lapas.",
    columns: {
      name: "Nama",
      class: "Kelas",
      location: "Kota / Provinsi",
      timeZone: "Zona waktu",
      status: "Status",
    },
    active: "Aktif",
    inactive: "Nonaktif",
  },

  detail: {
    notFound: "Lapas tidak ditemukan.",
    profile: "Profil lapas",
    fields: {
      name: "Nama",
      handle: "Handle",
      class: "Kelas",
      city: "Kota/Kabupaten",
      province: "Provinsi",
      timeZone: "Zona waktu",
      satkerCode: "Kode satker",
      pnbpTarget: "Target PNBP per tahun",
      story: "Cerita",
      address: "Alamat",
      contactEmail: "Email kontak",
      contactPhone: "Telepon kontak",
      logo: "Logo",
      status: "Status",
    },
    active: "Aktif",
    inactive: "Nonaktif",

    staff: {
      title: "Staf",
      empty: "Belum ada staf untuk lapas ini.",
      name: "Nama",
      email: "Email",
      role: "Peran",
    },

    products: {
      title: "Produk",
      empty: "Belum ada produk untuk lapas ini.",
      /** "20 dari 35 produk" */
      shown: (shown: number, count: number) =>
        shown < count ? `${shown} dari ${count} produk` : `${count} produk`,
      viewAll: "Lihat semua",
    },

    partners: {
      title: "Mitra kerja sama",
      empty: "Belum ada mitra untuk lapas ini.",
      kind: "Jenis",
      contact: "Kontak",
      agreements: "Perjanjian kerja sama",
      noAgreements: "Belum ada perjanjian.",
      number: "Nomor",
      period: "Masa berlaku",
      activities: "Kegiatan",
      term: "Jangka waktu",
      status: "Status",
      expired: "Kedaluwarsa",
      active: "Aktif",
    },
  },

  partnerForm: {
    title: "Tambah mitra",
    description:
      "Daftarkan mitra beserta perjanjian kerja samanya (PKS) dengan lapas ini.",
    name: "Nama mitra",
    kind: "Jenis mitra",
    kindPlaceholder: "Pilih jenis mitra",
    contact: "Kontak",
    contactPlaceholder: "Nama, telepon, atau email narahubung",
    agreementHeading: "Perjanjian kerja sama",
    number: "Nomor perjanjian",
    startsOn: "Tanggal mulai",
    endsOn: "Tanggal berakhir",
    activities: "Kegiatan",
    submit: "Tambah mitra",
    success: "Mitra berhasil ditambahkan.",
    errors: {
      nameRequired: "Nama mitra wajib diisi.",
      kindRequired: "Pilih jenis mitra.",
      numberRequired: "Nomor perjanjian wajib diisi.",
      datesRequired: "Tanggal mulai dan tanggal berakhir wajib diisi.",
      endBeforeStart: "Tanggal berakhir harus setelah tanggal mulai.",
      activitiesRequired: "Pilih minimal satu kegiatan.",
    },
  },

  staffForm: {
    title: "Tambah staf",
    description:
      "Hanya admin nasional yang dapat menambahkan staf. Staf baru akan menerima undangan.",
    email: "Email",
    role: "Peran",
    rolePlaceholder: "Pilih peran",
    firstName: "Nama depan",
    lastName: "Nama belakang",
    submit: "Tambah staf",
    success: "Staf berhasil ditambahkan.",
    inviteToken: "Token undangan",
    inviteTokenHint:
      "Berikan token ini kepada staf untuk menerima undangan. Token hanya ditampilkan sekali.",
    errors: {
      emailRequired: "Email wajib diisi.",
      emailInvalid: "Format email tidak valid.",
      roleRequired: "Pilih peran staf.",
    },
  },
}
