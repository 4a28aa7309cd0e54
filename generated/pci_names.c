/* DO NOT EDIT: generated from spec/pci.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "pci_codec.h"

const struct pv_name pci_cap_id_names[5] = {
	{1, "PM"},
	{5, "MSI"},
	{9, "VNDR"},
	{16, "EXP"},
	{17, "MSIX"},
};

const char *pci_cap_id_name(uint32_t v)
{
	const char *n = pv_name_find(pci_cap_id_names, 5, v);

	return n ? n : "?";
}

const struct pv_name pci_bar_mem_type_names[2] = {
	{0, "MEM32"},
	{2, "MEM64"},
};

const char *pci_bar_mem_type_name(uint32_t v)
{
	const char *n = pv_name_find(pci_bar_mem_type_names, 2, v);

	return n ? n : "?";
}

const struct pv_name pci_header_layout_names[3] = {
	{0, "NORMAL"},
	{1, "BRIDGE"},
	{2, "CARDBUS"},
};

const char *pci_header_layout_name(uint32_t v)
{
	const char *n = pv_name_find(pci_header_layout_names, 3, v);

	return n ? n : "?";
}

static void pci_conf1_address_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pci_conf1_address *s = p;

	if (s->value_rsvd)
		pv_fmt_add(fm, " value_rsvd=0x%llx", (unsigned long long)s->value_rsvd);
	pv_fmt_add(fm, " reg=%llu", (unsigned long long)s->reg);
	pv_fmt_add(fm, " function=%llu", (unsigned long long)s->function);
	pv_fmt_add(fm, " device=%llu", (unsigned long long)s->device);
	pv_fmt_add(fm, " bus=%llu", (unsigned long long)s->bus);
	pv_fmt_add(fm, " ext_reg=%llu", (unsigned long long)s->ext_reg);
	pv_fmt_add(fm, " enable=%llu", (unsigned long long)s->enable);
}

int pci_conf1_address_format(const struct pci_conf1_address *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "conf1_address", pci_conf1_address_fmt, s);
}

static void pci_type0_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pci_type0_header *s = p;
	size_t i;

	pv_fmt_add(fm, " vendor_id=%llu", (unsigned long long)s->vendor_id);
	pv_fmt_add(fm, " device_id=%llu", (unsigned long long)s->device_id);
	pv_fmt_add(fm, " command=0x%llx", (unsigned long long)s->command);
	pv_fmt_add(fm, " status=0x%llx", (unsigned long long)s->status);
	pv_fmt_add(fm, " revision=%llu", (unsigned long long)s->revision);
	pv_fmt_add(fm, " prog_if=%llu", (unsigned long long)s->prog_if);
	pv_fmt_add(fm, " subclass=%llu", (unsigned long long)s->subclass);
	pv_fmt_add(fm, " base_class=%llu", (unsigned long long)s->base_class);
	pv_fmt_add(fm, " cache_line_size=%llu", (unsigned long long)s->cache_line_size);
	pv_fmt_add(fm, " latency_timer=%llu", (unsigned long long)s->latency_timer);
	if (s->header_type_rsvd)
		pv_fmt_add(fm, " header_type_rsvd=0x%llx", (unsigned long long)s->header_type_rsvd);
	pv_fmt_add(fm, " layout=%s(%llu)", pci_header_layout_name((uint32_t)s->layout), (unsigned long long)s->layout);
	pv_fmt_add(fm, " multi_function=%llu", (unsigned long long)s->multi_function);
	pv_fmt_add(fm, " bist=%llu", (unsigned long long)s->bist);
	pv_fmt_add(fm, " bar={");
	for (i = 0; i < 6; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->bar[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " cardbus_cis=%llu", (unsigned long long)s->cardbus_cis);
	pv_fmt_add(fm, " subsys_vendor_id=%llu", (unsigned long long)s->subsys_vendor_id);
	pv_fmt_add(fm, " subsys_id=%llu", (unsigned long long)s->subsys_id);
	pv_fmt_add(fm, " rom_address=%llu", (unsigned long long)s->rom_address);
	pv_fmt_add(fm, " cap_ptr=%llu", (unsigned long long)s->cap_ptr);
	pv_fmt_add(fm, " reserved0=");
	pv_fmt_bytes(fm, s->reserved0, 3);
	pv_fmt_add(fm, " reserved1=%llu", (unsigned long long)s->reserved1);
	pv_fmt_add(fm, " interrupt_line=%llu", (unsigned long long)s->interrupt_line);
	pv_fmt_add(fm, " interrupt_pin=%llu", (unsigned long long)s->interrupt_pin);
	pv_fmt_add(fm, " min_gnt=%llu", (unsigned long long)s->min_gnt);
	pv_fmt_add(fm, " max_lat=%llu", (unsigned long long)s->max_lat);
}

int pci_type0_header_format(const struct pci_type0_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "type0_header", pci_type0_header_fmt, s);
}

static void pci_bar_mem_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pci_bar_mem *s = p;

	if (s->value_rsvd)
		pv_fmt_add(fm, " value_rsvd=0x%llx", (unsigned long long)s->value_rsvd);
	pv_fmt_add(fm, " io_space=%llu", (unsigned long long)s->io_space);
	pv_fmt_add(fm, " mem_type=%s(%llu)", pci_bar_mem_type_name((uint32_t)s->mem_type), (unsigned long long)s->mem_type);
	pv_fmt_add(fm, " prefetch=%llu", (unsigned long long)s->prefetch);
	pv_fmt_add(fm, " address=%llu", (unsigned long long)s->address);
}

int pci_bar_mem_format(const struct pci_bar_mem *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "bar_mem", pci_bar_mem_fmt, s);
}

static void pci_cap_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pci_cap_header *s = p;

	pv_fmt_add(fm, " cap_id=%llu", (unsigned long long)s->cap_id);
	pv_fmt_add(fm, " next=%llu", (unsigned long long)s->next);
}

int pci_cap_header_format(const struct pci_cap_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "cap_header", pci_cap_header_fmt, s);
}

static void pci_msix_cap_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pci_msix_cap *s = p;

	pv_fmt_add(fm, " cap_id=%llu", (unsigned long long)s->cap_id);
	pv_fmt_add(fm, " next=%llu", (unsigned long long)s->next);
	if (s->control_rsvd)
		pv_fmt_add(fm, " control_rsvd=0x%llx", (unsigned long long)s->control_rsvd);
	pv_fmt_add(fm, " table_size=%llu", (unsigned long long)s->table_size);
	pv_fmt_add(fm, " function_mask=%llu", (unsigned long long)s->function_mask);
	pv_fmt_add(fm, " enable=%llu", (unsigned long long)s->enable);
	if (s->table_rsvd)
		pv_fmt_add(fm, " table_rsvd=0x%llx", (unsigned long long)s->table_rsvd);
	pv_fmt_add(fm, " table_bir=%llu", (unsigned long long)s->table_bir);
	pv_fmt_add(fm, " table_offset=%llu", (unsigned long long)s->table_offset);
	if (s->pba_rsvd)
		pv_fmt_add(fm, " pba_rsvd=0x%llx", (unsigned long long)s->pba_rsvd);
	pv_fmt_add(fm, " pba_bir=%llu", (unsigned long long)s->pba_bir);
	pv_fmt_add(fm, " pba_offset=%llu", (unsigned long long)s->pba_offset);
}

int pci_msix_cap_format(const struct pci_msix_cap *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "msix_cap", pci_msix_cap_fmt, s);
}

static void pci_msix_entry_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pci_msix_entry *s = p;

	pv_fmt_add(fm, " addr_lo=%llu", (unsigned long long)s->addr_lo);
	pv_fmt_add(fm, " addr_hi=%llu", (unsigned long long)s->addr_hi);
	pv_fmt_add(fm, " data=%llu", (unsigned long long)s->data);
	if (s->vector_ctrl_rsvd)
		pv_fmt_add(fm, " vector_ctrl_rsvd=0x%llx", (unsigned long long)s->vector_ctrl_rsvd);
	pv_fmt_add(fm, " mask=%llu", (unsigned long long)s->mask);
}

int pci_msix_entry_format(const struct pci_msix_entry *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "msix_entry", pci_msix_entry_fmt, s);
}

