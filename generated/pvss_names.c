/* DO NOT EDIT: generated from spec/savestate.yaml by codegen/pvgen.py. */
#include <stdio.h>

#include "pvss_codec.h"

const struct pv_name pvss_rec_type_names[30] = {
	{1, "FILE_HEADER"},
	{2, "END"},
	{3, "CONFIG"},
	{4, "PARAVISOR"},
	{5, "FD"},
	{16, "SIM_PART"},
	{17, "SIM_BIND"},
	{18, "SIM_OUTMSG"},
	{32, "KVM_VM"},
	{33, "KVM_VCPU"},
	{34, "KVM_XSAVE"},
	{35, "KVM_SYNIC_MSG"},
	{48, "VMBUS_SERVER"},
	{49, "VMBUS_GPADL"},
	{50, "VMBUS_CHANNEL"},
	{64, "DEVICE"},
	{80, "STORVSP"},
	{81, "STORVSP_LUN"},
	{82, "STORVSP_CHANNEL"},
	{83, "STORVSP_REPLY"},
	{84, "STORVSP_IO"},
	{96, "NETVSP"},
	{97, "NETVSP_RSS"},
	{98, "NETVSP_CHANNEL"},
	{99, "NETVSP_BACKLOG"},
	{100, "NETVSP_RXPKT"},
	{101, "NETVSP_FRAME"},
	{112, "NVME_CTRLR"},
	{113, "NVME_QPAIR"},
	{114, "NVME_CMD"},
};

const char *pvss_rec_type_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_rec_type_names, 30, v);

	return n ? n : "?";
}

const struct pv_name pvss_fd_kind_names[14] = {
	{1, "GUEST_RAM"},
	{2, "SIM_LISTEN"},
	{3, "SIM_GUEST"},
	{4, "SIM_IRQ"},
	{5, "SIM_SIEF"},
	{6, "EVENTFD"},
	{7, "SERIAL_LOG"},
	{8, "TAP"},
	{9, "FILE"},
	{10, "DMA_POOL"},
	{11, "VFIO_CONTAINER"},
	{12, "VFIO_GROUP"},
	{13, "VFIO_DEVICE"},
	{14, "PCI_SOCK"},
};

const char *pvss_fd_kind_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_fd_kind_names, 14, v);

	return n ? n : "?";
}

const struct pv_name pvss_nvme_pci_kind_names[3] = {
	{1, "EMU"},
	{2, "VFIO"},
	{3, "SOCK"},
};

const char *pvss_nvme_pci_kind_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_nvme_pci_kind_names, 3, v);

	return n ? n : "?";
}

const struct pv_name pvss_nvme_cmd_kind_names[2] = {
	{1, "IO"},
	{2, "AER"},
};

const char *pvss_nvme_cmd_kind_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_nvme_cmd_kind_names, 2, v);

	return n ? n : "?";
}

const struct pv_name pvss_part_kind_names[2] = {
	{1, "SIM"},
	{2, "KVM"},
};

const char *pvss_part_kind_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_part_kind_names, 2, v);

	return n ? n : "?";
}

const struct pv_name pvss_vmbus_conn_state_names[3] = {
	{0, "DISCONNECTED"},
	{1, "CONNECTED"},
	{2, "READY"},
};

const char *pvss_vmbus_conn_state_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_vmbus_conn_state_names, 3, v);

	return n ? n : "?";
}

const struct pv_name pvss_vmbus_gpadl_state_names[3] = {
	{0, "RECEIVING"},
	{1, "CREATED"},
	{2, "TEARING_DOWN"},
};

const char *pvss_vmbus_gpadl_state_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_vmbus_gpadl_state_names, 3, v);

	return n ? n : "?";
}

const struct pv_name pvss_vmbus_chan_state_names[4] = {
	{0, "OFFERED"},
	{1, "OPENED"},
	{2, "RESCINDED"},
	{3, "RESCINDED_OPEN"},
};

const char *pvss_vmbus_chan_state_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_vmbus_chan_state_names, 4, v);

	return n ? n : "?";
}

const struct pv_name pvss_storvsp_init_state_names[5] = {
	{0, "START"},
	{1, "NEGOTIATING"},
	{2, "VERSIONED"},
	{3, "CONFIGURED"},
	{4, "READY"},
};

const char *pvss_storvsp_init_state_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_storvsp_init_state_names, 5, v);

	return n ? n : "?";
}

const struct pv_name pvss_nvsp_init_state_names[7] = {
	{0, "START"},
	{1, "NEGOTIATED"},
	{2, "CONFIGURED"},
	{3, "NDIS_KNOWN"},
	{4, "HAVE_RECV_BUF"},
	{5, "READY"},
	{6, "REVOKED"},
};

const char *pvss_nvsp_init_state_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_nvsp_init_state_names, 7, v);

	return n ? n : "?";
}

const struct pv_name pvss_rndis_device_state_names[4] = {
	{0, "START"},
	{1, "INITIALIZED"},
	{2, "DATA"},
	{3, "HALTED"},
};

const char *pvss_rndis_device_state_name(uint32_t v)
{
	const char *n = pv_name_find(pvss_rndis_device_state_names, 4, v);

	return n ? n : "?";
}

const uint32_t pvss_versions[PVSS_VERSION_COUNT] = {
	PVSS_VERSION_V1,
	PVSS_VERSION_V2,
	PVSS_VERSION_V3,
	PVSS_VERSION_V4,
	PVSS_VERSION_V5,
	PVSS_VERSION_V6,
	PVSS_VERSION_V7,
};

const char *pvss_version_name(uint32_t v)
{
	switch (v) {
	case PVSS_VERSION_V1:
		return "1";
	case PVSS_VERSION_V2:
		return "2";
	case PVSS_VERSION_V3:
		return "3";
	case PVSS_VERSION_V4:
		return "4";
	case PVSS_VERSION_V5:
		return "5";
	case PVSS_VERSION_V6:
		return "6";
	case PVSS_VERSION_V7:
		return "7";
	default:
		return NULL;
	}
}

static void pvss_rec_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_rec_header *s = p;

	pv_fmt_add(fm, " type=%s(%lld)", pvss_rec_type_name((uint32_t)s->type), (long long)s->type);
	pv_fmt_add(fm, " len=%llu", (unsigned long long)s->len);
}

int pvss_rec_header_format(const struct pvss_rec_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "rec_header", pvss_rec_header_fmt, s);
}

static void pvss_file_header_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_file_header *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " magic=%llu", (unsigned long long)s->magic);
	pv_fmt_add(fm, " format_version=%llu", (unsigned long long)s->format_version);
	pv_fmt_add(fm, " record_count=%llu", (unsigned long long)s->record_count);
	pv_fmt_add(fm, " update_count=%llu", (unsigned long long)s->update_count);
	pv_fmt_add(fm, " part_kind=%s(%lld)", pvss_part_kind_name((uint32_t)s->part_kind), (long long)s->part_kind);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " t_request=0x%llx", (unsigned long long)s->t_request);
	pv_fmt_add(fm, " t_paused=0x%llx", (unsigned long long)s->t_paused);
	pv_fmt_add(fm, " t_quiesced=0x%llx", (unsigned long long)s->t_quiesced);
	pv_fmt_add(fm, " t_saved=0x%llx", (unsigned long long)s->t_saved);
}

int pvss_file_header_format(const struct pvss_file_header *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "file_header", pvss_file_header_fmt, s);
}

static void pvss_end_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_end *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " record_count=%llu", (unsigned long long)s->record_count);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " checksum=0x%llx", (unsigned long long)s->checksum);
}

int pvss_end_format(const struct pvss_end *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "end", pvss_end_fmt, s);
}

static void pvss_config_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_config *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " total_len=%llu", (unsigned long long)s->total_len);
	pv_fmt_add(fm, " offset=%llu", (unsigned long long)s->offset);
	pv_fmt_add(fm, " chunk_len=%llu", (unsigned long long)s->chunk_len);
	pv_fmt_add(fm, " text[%u]={", (unsigned)s->text_count);
	for (i = 0; i < s->text_count && i < 4096; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->text[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_config_format(const struct pvss_config *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "config", pvss_config_fmt, s);
}

static void pvss_paravisor_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_paravisor *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " log_level=%llu", (unsigned long long)s->log_level);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " t_start=0x%llx", (unsigned long long)s->t_start);
}

int pvss_paravisor_format(const struct pvss_paravisor *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "paravisor", pvss_paravisor_fmt, s);
}

static void pvss_fd_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_fd *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " fd=%llu", (unsigned long long)s->fd);
	pv_fmt_add(fm, " kind=%s(%lld)", pvss_fd_kind_name((uint32_t)s->kind), (long long)s->kind);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " key=%llu", (unsigned long long)s->key);
	pv_fmt_add(fm, " reserved2=%llu", (unsigned long long)s->reserved2);
	pv_fmt_add(fm, " size=0x%llx", (unsigned long long)s->size);
}

int pvss_fd_format(const struct pvss_fd *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "fd", pvss_fd_fmt, s);
}

static void pvss_sim_part_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_sim_part *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " vp_count=%llu", (unsigned long long)s->vp_count);
	pv_fmt_add(fm, " guest_state=%llu", (unsigned long long)s->guest_state);
	pv_fmt_add(fm, " mem_size=0x%llx", (unsigned long long)s->mem_size);
	pv_fmt_add(fm, " sief_size=0x%llx", (unsigned long long)s->sief_size);
	pv_fmt_add(fm, " ram_fd=%llu", (unsigned long long)s->ram_fd);
	pv_fmt_add(fm, " sief_fd=%llu", (unsigned long long)s->sief_fd);
	pv_fmt_add(fm, " listen_fd=%llu", (unsigned long long)s->listen_fd);
	pv_fmt_add(fm, " guest_fd=%llu", (unsigned long long)s->guest_fd);
	pv_fmt_add(fm, " irq_fd=%llu", (unsigned long long)s->irq_fd);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int pvss_sim_part_format(const struct pvss_sim_part *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "sim_part", pvss_sim_part_fmt, s);
}

static void pvss_sim_bind_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_sim_bind *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " connection_id=%llu", (unsigned long long)s->connection_id);
	pv_fmt_add(fm, " efd=%llu", (unsigned long long)s->efd);
}

int pvss_sim_bind_format(const struct pvss_sim_bind *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "sim_bind", pvss_sim_bind_fmt, s);
}

static void pvss_sim_outmsg_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_sim_outmsg *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " dgram_len=%llu", (unsigned long long)s->dgram_len);
	pv_fmt_add(fm, " dgram[%u]={", (unsigned)s->dgram_count);
	for (i = 0; i < s->dgram_count && i < 264; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->dgram[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_sim_outmsg_format(const struct pvss_sim_outmsg *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "sim_outmsg", pvss_sim_outmsg_fmt, s);
}

static void pvss_kvm_vm_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_kvm_vm *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " vcpus=%llu", (unsigned long long)s->vcpus);
	pv_fmt_add(fm, " reboots=%llu", (unsigned long long)s->reboots);
	pv_fmt_add(fm, " mem_size=0x%llx", (unsigned long long)s->mem_size);
	pv_fmt_add(fm, " ram_fd=%llu", (unsigned long long)s->ram_fd);
	pv_fmt_add(fm, " serial_fd=%llu", (unsigned long long)s->serial_fd);
	pv_fmt_add(fm, " uart_ier=%llu", (unsigned long long)s->uart_ier);
	pv_fmt_add(fm, " uart_lcr=%llu", (unsigned long long)s->uart_lcr);
	pv_fmt_add(fm, " uart_mcr=%llu", (unsigned long long)s->uart_mcr);
	pv_fmt_add(fm, " uart_scr=%llu", (unsigned long long)s->uart_scr);
	pv_fmt_add(fm, " uart_dll=%llu", (unsigned long long)s->uart_dll);
	pv_fmt_add(fm, " uart_dlm=%llu", (unsigned long long)s->uart_dlm);
	pv_fmt_add(fm, " uart_fcr=%llu", (unsigned long long)s->uart_fcr);
	pv_fmt_add(fm, " uart_flags=%llu", (unsigned long long)s->uart_flags);
	pv_fmt_add(fm, " pm1_en=%llu", (unsigned long long)s->pm1_en);
	pv_fmt_add(fm, " pm1_sts=%llu", (unsigned long long)s->pm1_sts);
	pv_fmt_add(fm, " pci_addr=%llu", (unsigned long long)s->pci_addr);
	pv_fmt_add(fm, " cmos_index=%llu", (unsigned long long)s->cmos_index);
	pv_fmt_add(fm, " reserved=");
	pv_fmt_bytes(fm, s->reserved, 7);
	pv_fmt_add(fm, " cmos_ram=");
	pv_fmt_bytes(fm, s->cmos_ram, 128);
	pv_fmt_add(fm, " clock=");
	pv_fmt_bytes(fm, s->clock, 48);
	pv_fmt_add(fm, " pit=");
	pv_fmt_bytes(fm, s->pit, 112);
	pv_fmt_add(fm, " pic_master=");
	pv_fmt_bytes(fm, s->pic_master, 512);
	pv_fmt_add(fm, " pic_slave=");
	pv_fmt_bytes(fm, s->pic_slave, 512);
	pv_fmt_add(fm, " ioapic=");
	pv_fmt_bytes(fm, s->ioapic, 512);
	pv_fmt_add(fm, " t_clock=0x%llx", (unsigned long long)s->t_clock);
	pv_fmt_add(fm, " reserved2=");
	pv_fmt_bytes(fm, s->reserved2, 128);
}

int pvss_kvm_vm_format(const struct pvss_kvm_vm *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "kvm_vm", pvss_kvm_vm_fmt, s);
}

static void pvss_msr_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_msr *s = p;

	pv_fmt_add(fm, " index=%llu", (unsigned long long)s->index);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " value=0x%llx", (unsigned long long)s->value);
}

int pvss_msr_format(const struct pvss_msr *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "msr", pvss_msr_fmt, s);
}

static void pvss_kvm_vcpu_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_kvm_vcpu *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " index=%llu", (unsigned long long)s->index);
	pv_fmt_add(fm, " mp_state=%llu", (unsigned long long)s->mp_state);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " msr_count=%llu", (unsigned long long)s->msr_count);
	pv_fmt_add(fm, " tsc_offset=0x%llx", (unsigned long long)s->tsc_offset);
	pv_fmt_add(fm, " tsc_deadline=0x%llx", (unsigned long long)s->tsc_deadline);
	pv_fmt_add(fm, " synic_control=0x%llx", (unsigned long long)s->synic_control);
	pv_fmt_add(fm, " synic_simp=0x%llx", (unsigned long long)s->synic_simp);
	pv_fmt_add(fm, " synic_siefp=0x%llx", (unsigned long long)s->synic_siefp);
	pv_fmt_add(fm, " regs=");
	pv_fmt_bytes(fm, s->regs, 144);
	pv_fmt_add(fm, " sregs=");
	pv_fmt_bytes(fm, s->sregs, 312);
	pv_fmt_add(fm, " lapic=");
	pv_fmt_bytes(fm, s->lapic, 1024);
	pv_fmt_add(fm, " xcrs=");
	pv_fmt_bytes(fm, s->xcrs, 392);
	pv_fmt_add(fm, " events=");
	pv_fmt_bytes(fm, s->events, 64);
	pv_fmt_add(fm, " debugregs=");
	pv_fmt_bytes(fm, s->debugregs, 128);
	pv_fmt_add(fm, " msrs[%u]={", (unsigned)s->msrs_count);
	for (i = 0; i < s->msrs_count && i < 512; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",{" : "{");
		pvss_msr_fmt(fm, &s->msrs[i]);
		pv_fmt_add(fm, " }");
	}
	pv_fmt_add(fm, "}");
}

int pvss_kvm_vcpu_format(const struct pvss_kvm_vcpu *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "kvm_vcpu", pvss_kvm_vcpu_fmt, s);
}

static void pvss_kvm_xsave_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_kvm_xsave *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " index=%llu", (unsigned long long)s->index);
	pv_fmt_add(fm, " xsave_len=%llu", (unsigned long long)s->xsave_len);
	pv_fmt_add(fm, " area[%u]={", (unsigned)s->area_count);
	for (i = 0; i < s->area_count && i < 16384; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->area[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_kvm_xsave_format(const struct pvss_kvm_xsave *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "kvm_xsave", pvss_kvm_xsave_fmt, s);
}

static void pvss_kvm_synic_msg_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_kvm_synic_msg *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " vp=%llu", (unsigned long long)s->vp);
	pv_fmt_add(fm, " sint=%llu", (unsigned long long)s->sint);
	pv_fmt_add(fm, " message_type=%llu", (unsigned long long)s->message_type);
	pv_fmt_add(fm, " payload_len=%llu", (unsigned long long)s->payload_len);
	pv_fmt_add(fm, " payload=");
	pv_fmt_bytes(fm, s->payload, 240);
}

int pvss_kvm_synic_msg_format(const struct pvss_kvm_synic_msg *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "kvm_synic_msg", pvss_kvm_synic_msg_fmt, s);
}

static void pvss_vmbus_server_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_vmbus_server *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " state=%s(%lld)", pvss_vmbus_conn_state_name((uint32_t)s->state), (long long)s->state);
	pv_fmt_add(fm, " version=%llu", (unsigned long long)s->version);
	pv_fmt_add(fm, " features=0x%llx", (unsigned long long)s->features);
	pv_fmt_add(fm, " target_vp=%llu", (unsigned long long)s->target_vp);
	pv_fmt_add(fm, " target_sint=%llu", (unsigned long long)s->target_sint);
	pv_fmt_add(fm, " msg_conn_id=%llu", (unsigned long long)s->msg_conn_id);
	pv_fmt_add(fm, " unload_version=%llu", (unsigned long long)s->unload_version);
	pv_fmt_add(fm, " dropped=0x%llx", (unsigned long long)s->dropped);
}

int pvss_vmbus_server_format(const struct pvss_vmbus_server *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "vmbus_server", pvss_vmbus_server_fmt, s);
}

static void pvss_vmbus_gpadl_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_vmbus_gpadl *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " id=%llu", (unsigned long long)s->id);
	pv_fmt_add(fm, " child_relid=%llu", (unsigned long long)s->child_relid);
	pv_fmt_add(fm, " state=%s(%lld)", pvss_vmbus_gpadl_state_name((uint32_t)s->state), (long long)s->state);
	pv_fmt_add(fm, " range_buflen=%llu", (unsigned long long)s->range_buflen);
	pv_fmt_add(fm, " rangecount=%llu", (unsigned long long)s->rangecount);
	pv_fmt_add(fm, " filled=%llu", (unsigned long long)s->filled);
	pv_fmt_add(fm, " data[%u]={", (unsigned)s->data_count);
	for (i = 0; i < s->data_count && i < 8191; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->data[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_vmbus_gpadl_format(const struct pvss_vmbus_gpadl *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "vmbus_gpadl", pvss_vmbus_gpadl_fmt, s);
}

static void pvss_vmbus_channel_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_vmbus_channel *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " relid=%llu", (unsigned long long)s->relid);
	pv_fmt_add(fm, " primary_relid=%llu", (unsigned long long)s->primary_relid);
	pv_fmt_add(fm, " sub_index=%llu", (unsigned long long)s->sub_index);
	pv_fmt_add(fm, " subchannels_offered=%llu", (unsigned long long)s->subchannels_offered);
	pv_fmt_add(fm, " state=%s(%lld)", pvss_vmbus_chan_state_name((uint32_t)s->state), (long long)s->state);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " conn_id=%llu", (unsigned long long)s->conn_id);
	pv_fmt_add(fm, " sig_conn_id=%llu", (unsigned long long)s->sig_conn_id);
	pv_fmt_add(fm, " event_flag=%llu", (unsigned long long)s->event_flag);
	pv_fmt_add(fm, " open_id=%llu", (unsigned long long)s->open_id);
	pv_fmt_add(fm, " target_vp=%llu", (unsigned long long)s->target_vp);
	pv_fmt_add(fm, " ring_gpadl=%llu", (unsigned long long)s->ring_gpadl);
	pv_fmt_add(fm, " downstream=%llu", (unsigned long long)s->downstream);
	pv_fmt_add(fm, " max_pkt_size=%llu", (unsigned long long)s->max_pkt_size);
	pv_fmt_add(fm, " efd=%llu", (unsigned long long)s->efd);
	pv_fmt_add(fm, " chn_flags=%llu", (unsigned long long)s->chn_flags);
	pv_fmt_add(fm, " mmio_megabytes=%llu", (unsigned long long)s->mmio_megabytes);
	pv_fmt_add(fm, " if_type=");
	pv_fmt_guid(fm, s->if_type);
	pv_fmt_add(fm, " if_instance=");
	pv_fmt_guid(fm, s->if_instance);
	pv_fmt_add(fm, " user_def=");
	pv_fmt_bytes(fm, s->user_def, 120);
	pv_fmt_add(fm, " batch_read=0x%llx", (unsigned long long)s->batch_read);
	pv_fmt_add(fm, " held_len=%llu", (unsigned long long)s->held_len);
	pv_fmt_add(fm, " held[%u]={", (unsigned)s->held_count);
	for (i = 0; i < s->held_count && i < 262160; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->held[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_vmbus_channel_format(const struct pvss_vmbus_channel *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "vmbus_channel", pvss_vmbus_channel_fmt, s);
}

static void pvss_device_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_device *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " index=%llu", (unsigned long long)s->index);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " kind=");
	pv_fmt_bytes(fm, s->kind, 16);
}

int pvss_device_format(const struct pvss_device *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "device", pvss_device_fmt, s);
}

static void pvss_storvsp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_storvsp *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " nluns=%llu", (unsigned long long)s->nluns);
	pv_fmt_add(fm, " nchannels=%llu", (unsigned long long)s->nchannels);
	pv_fmt_add(fm, " io_limit=%llu", (unsigned long long)s->io_limit);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int pvss_storvsp_format(const struct pvss_storvsp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "storvsp", pvss_storvsp_fmt, s);
}

static void pvss_storvsp_lun_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_storvsp_lun *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " lun=%llu", (unsigned long long)s->lun);
	pv_fmt_add(fm, " block_size=%llu", (unsigned long long)s->block_size);
	pv_fmt_add(fm, " nblocks=0x%llx", (unsigned long long)s->nblocks);
	pv_fmt_add(fm, " dev=0x%llx", (unsigned long long)s->dev);
	pv_fmt_add(fm, " ino=0x%llx", (unsigned long long)s->ino);
	pv_fmt_add(fm, " kind=");
	pv_fmt_bytes(fm, s->kind, 8);
	pv_fmt_add(fm, " backend_state=%llu", (unsigned long long)s->backend_state);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int pvss_storvsp_lun_format(const struct pvss_storvsp_lun *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "storvsp_lun", pvss_storvsp_lun_fmt, s);
}

static void pvss_storvsp_channel_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_storvsp_channel *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " sub=%llu", (unsigned long long)s->sub);
	pv_fmt_add(fm, " relid=%llu", (unsigned long long)s->relid);
	pv_fmt_add(fm, " state=%s(%lld)", pvss_storvsp_init_state_name((uint32_t)s->state), (long long)s->state);
	pv_fmt_add(fm, " version=%llu", (unsigned long long)s->version);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " replies=%llu", (unsigned long long)s->replies);
	pv_fmt_add(fm, " ios=%llu", (unsigned long long)s->ios);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int pvss_storvsp_channel_format(const struct pvss_storvsp_channel *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "storvsp_channel", pvss_storvsp_channel_fmt, s);
}

static void pvss_storvsp_reply_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_storvsp_reply *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " trans_id=0x%llx", (unsigned long long)s->trans_id);
	pv_fmt_add(fm, " reply_len=%llu", (unsigned long long)s->reply_len);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " reply[%u]={", (unsigned)s->reply_count);
	for (i = 0; i < s->reply_count && i < 64; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->reply[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_storvsp_reply_format(const struct pvss_storvsp_reply *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "storvsp_reply", pvss_storvsp_reply_fmt, s);
}

static void pvss_storvsp_io_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_storvsp_io *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " sub=%llu", (unsigned long long)s->sub);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " trans_id=0x%llx", (unsigned long long)s->trans_id);
	pv_fmt_add(fm, " packet_len=%llu", (unsigned long long)s->packet_len);
	pv_fmt_add(fm, " nkids=%llu", (unsigned long long)s->nkids);
	pv_fmt_add(fm, " piece_errno=%llu", (unsigned long long)s->piece_errno);
	pv_fmt_add(fm, " sense=%llu", (unsigned long long)s->sense);
	pv_fmt_add(fm, " packet=");
	pv_fmt_bytes(fm, s->packet, 64);
	pv_fmt_add(fm, " kids={");
	for (i = 0; i < 16; i++)
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->kids[i]);
	pv_fmt_add(fm, "}");
	pv_fmt_add(fm, " nranges=%llu", (unsigned long long)s->nranges);
	pv_fmt_add(fm, " nwords=%llu", (unsigned long long)s->nwords);
	pv_fmt_add(fm, " words[%u]={", (unsigned)s->words_count);
	for (i = 0; i < s->words_count && i < 1040; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->words[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_storvsp_io_format(const struct pvss_storvsp_io *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "storvsp_io", pvss_storvsp_io_fmt, s);
}

static void pvss_netvsp_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_netvsp *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " nvsp_state=%s(%lld)", pvss_nvsp_init_state_name((uint32_t)s->nvsp_state), (long long)s->nvsp_state);
	pv_fmt_add(fm, " rndis_state=%s(%lld)", pvss_rndis_device_state_name((uint32_t)s->rndis_state), (long long)s->rndis_state);
	pv_fmt_add(fm, " nvsp_version=%llu", (unsigned long long)s->nvsp_version);
	pv_fmt_add(fm, " ndis_version=%llu", (unsigned long long)s->ndis_version);
	pv_fmt_add(fm, " guest_mtu=%llu", (unsigned long long)s->guest_mtu);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " ndis_caps=0x%llx", (unsigned long long)s->ndis_caps);
	pv_fmt_add(fm, " packet_filter=%llu", (unsigned long long)s->packet_filter);
	pv_fmt_add(fm, " subchannels=%llu", (unsigned long long)s->subchannels);
	pv_fmt_add(fm, " nqueues=%llu", (unsigned long long)s->nqueues);
	pv_fmt_add(fm, " nchannels=%llu", (unsigned long long)s->nchannels);
	pv_fmt_add(fm, " recv_gpadl=%llu", (unsigned long long)s->recv_gpadl);
	pv_fmt_add(fm, " recv_owner=%llu", (unsigned long long)s->recv_owner);
	pv_fmt_add(fm, " nslots=%llu", (unsigned long long)s->nslots);
	pv_fmt_add(fm, " sub_alloc=%llu", (unsigned long long)s->sub_alloc);
	pv_fmt_add(fm, " send_gpadl=%llu", (unsigned long long)s->send_gpadl);
	pv_fmt_add(fm, " send_owner=%llu", (unsigned long long)s->send_owner);
	pv_fmt_add(fm, " send_sections=%llu", (unsigned long long)s->send_sections);
	pv_fmt_add(fm, " rxpkts=%llu", (unsigned long long)s->rxpkts);
	pv_fmt_add(fm, " frames=%llu", (unsigned long long)s->frames);
	pv_fmt_add(fm, " mac=");
	pv_fmt_bytes(fm, s->mac, 6);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " endpoint=");
	pv_fmt_bytes(fm, s->endpoint, 8);
	pv_fmt_add(fm, " tap_nfds=%llu", (unsigned long long)s->tap_nfds);
	pv_fmt_add(fm, " tap_fds[%u]={", (unsigned)s->tap_fds_count);
	for (i = 0; i < s->tap_fds_count && i < 16; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->tap_fds[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_netvsp_format(const struct pvss_netvsp *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "netvsp", pvss_netvsp_fmt, s);
}

static void pvss_netvsp_rss_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_netvsp_rss *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " hash_types=%llu", (unsigned long long)s->hash_types);
	pv_fmt_add(fm, " key_len=%llu", (unsigned long long)s->key_len);
	pv_fmt_add(fm, " table_len=%llu", (unsigned long long)s->table_len);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " key=");
	pv_fmt_bytes(fm, s->key, 40);
	pv_fmt_add(fm, " table[%u]={", (unsigned)s->table_count);
	for (i = 0; i < s->table_count && i < 128; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->table[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_netvsp_rss_format(const struct pvss_netvsp_rss *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "netvsp_rss", pvss_netvsp_rss_fmt, s);
}

static void pvss_netvsp_range_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_netvsp_range *s = p;

	pv_fmt_add(fm, " slot=%llu", (unsigned long long)s->slot);
	pv_fmt_add(fm, " len=%llu", (unsigned long long)s->len);
}

int pvss_netvsp_range_format(const struct pvss_netvsp_range *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "netvsp_range", pvss_netvsp_range_fmt, s);
}

static void pvss_netvsp_channel_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_netvsp_channel *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " sub=%llu", (unsigned long long)s->sub);
	pv_fmt_add(fm, " relid=%llu", (unsigned long long)s->relid);
	pv_fmt_add(fm, " backlog=%llu", (unsigned long long)s->backlog);
	pv_fmt_add(fm, " batch_n=%llu", (unsigned long long)s->batch_n);
	pv_fmt_add(fm, " batch[%u]={", (unsigned)s->batch_count);
	for (i = 0; i < s->batch_count && i < 128; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",{" : "{");
		pvss_netvsp_range_fmt(fm, &s->batch[i]);
		pv_fmt_add(fm, " }");
	}
	pv_fmt_add(fm, "}");
}

int pvss_netvsp_channel_format(const struct pvss_netvsp_channel *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "netvsp_channel", pvss_netvsp_channel_fmt, s);
}

static void pvss_netvsp_backlog_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_netvsp_backlog *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " trans_id=0x%llx", (unsigned long long)s->trans_id);
	pv_fmt_add(fm, " pkt_type=%llu", (unsigned long long)s->pkt_type);
	pv_fmt_add(fm, " pkt_flags=%llu", (unsigned long long)s->pkt_flags);
	pv_fmt_add(fm, " ext_len=%llu", (unsigned long long)s->ext_len);
	pv_fmt_add(fm, " data_len=%llu", (unsigned long long)s->data_len);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " ext=");
	pv_fmt_bytes(fm, s->ext, 16);
	pv_fmt_add(fm, " data[%u]={", (unsigned)s->data_count);
	for (i = 0; i < s->data_count && i < 104; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->data[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_netvsp_backlog_format(const struct pvss_netvsp_backlog *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "netvsp_backlog", pvss_netvsp_backlog_fmt, s);
}

static void pvss_netvsp_rxpkt_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_netvsp_rxpkt *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " sub=%llu", (unsigned long long)s->sub);
	pv_fmt_add(fm, " nslots=%llu", (unsigned long long)s->nslots);
	pv_fmt_add(fm, " slots[%u]={", (unsigned)s->slots_count);
	for (i = 0; i < s->slots_count && i < 128; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->slots[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_netvsp_rxpkt_format(const struct pvss_netvsp_rxpkt *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "netvsp_rxpkt", pvss_netvsp_rxpkt_fmt, s);
}

static void pvss_netvsp_frame_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_netvsp_frame *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " queue=%llu", (unsigned long long)s->queue);
	pv_fmt_add(fm, " len=%llu", (unsigned long long)s->len);
	pv_fmt_add(fm, " meta_flags=%llu", (unsigned long long)s->meta_flags);
	pv_fmt_add(fm, " vlan_tci=%llu", (unsigned long long)s->vlan_tci);
	pv_fmt_add(fm, " gso_size=%llu", (unsigned long long)s->gso_size);
	pv_fmt_add(fm, " hash=%llu", (unsigned long long)s->hash);
	pv_fmt_add(fm, " hash_type=%llu", (unsigned long long)s->hash_type);
	pv_fmt_add(fm, " data[%u]={", (unsigned)s->data_count);
	for (i = 0; i < s->data_count && i < 65792; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->data[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_netvsp_frame_format(const struct pvss_netvsp_frame *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "netvsp_frame", pvss_netvsp_frame_fmt, s);
}

static void pvss_nvme_ctrlr_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_nvme_ctrlr *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " pci_kind=%s(%lld)", pvss_nvme_pci_kind_name((uint32_t)s->pci_kind), (long long)s->pci_kind);
	pv_fmt_add(fm, " io_queues=%llu", (unsigned long long)s->io_queues);
	pv_fmt_add(fm, " cap=0x%llx", (unsigned long long)s->cap);
	pv_fmt_add(fm, " cc=%llu", (unsigned long long)s->cc);
	pv_fmt_add(fm, " aqa=%llu", (unsigned long long)s->aqa);
	pv_fmt_add(fm, " asq=0x%llx", (unsigned long long)s->asq);
	pv_fmt_add(fm, " acq=0x%llx", (unsigned long long)s->acq);
	pv_fmt_add(fm, " pool_fd=%llu", (unsigned long long)s->pool_fd);
	pv_fmt_add(fm, " nqpairs=%llu", (unsigned long long)s->nqpairs);
	pv_fmt_add(fm, " pool_size=0x%llx", (unsigned long long)s->pool_size);
	pv_fmt_add(fm, " pool_iova=0x%llx", (unsigned long long)s->pool_iova);
	pv_fmt_add(fm, " ident_iova=0x%llx", (unsigned long long)s->ident_iova);
	pv_fmt_add(fm, " nsck_iova=0x%llx", (unsigned long long)s->nsck_iova);
	pv_fmt_add(fm, " container_fd=%llu", (unsigned long long)s->container_fd);
	pv_fmt_add(fm, " group_fd=%llu", (unsigned long long)s->group_fd);
	pv_fmt_add(fm, " device_fd=%llu", (unsigned long long)s->device_fd);
	pv_fmt_add(fm, " msix_vectors=%llu", (unsigned long long)s->msix_vectors);
	pv_fmt_add(fm, " sn=");
	pv_fmt_bytes(fm, s->sn, 20);
	pv_fmt_add(fm, " mn=");
	pv_fmt_bytes(fm, s->mn, 40);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
}

int pvss_nvme_ctrlr_format(const struct pvss_nvme_ctrlr *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "nvme_ctrlr", pvss_nvme_ctrlr_fmt, s);
}

static void pvss_nvme_qpair_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_nvme_qpair *s = p;
	size_t i;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " qid=%llu", (unsigned long long)s->qid);
	pv_fmt_add(fm, " vector=%llu", (unsigned long long)s->vector);
	pv_fmt_add(fm, " size=%llu", (unsigned long long)s->size);
	pv_fmt_add(fm, " flags=0x%llx", (unsigned long long)s->flags);
	pv_fmt_add(fm, " ncmds=%llu", (unsigned long long)s->ncmds);
	pv_fmt_add(fm, " sq_iova=0x%llx", (unsigned long long)s->sq_iova);
	pv_fmt_add(fm, " cq_iova=0x%llx", (unsigned long long)s->cq_iova);
	pv_fmt_add(fm, " sq_tail=%llu", (unsigned long long)s->sq_tail);
	pv_fmt_add(fm, " sq_head=%llu", (unsigned long long)s->sq_head);
	pv_fmt_add(fm, " cq_head=%llu", (unsigned long long)s->cq_head);
	pv_fmt_add(fm, " phase=%llu", (unsigned long long)s->phase);
	pv_fmt_add(fm, " cid_bits=%llu", (unsigned long long)s->cid_bits);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " bounce_iova=0x%llx", (unsigned long long)s->bounce_iova);
	pv_fmt_add(fm, " bounce_slots=%llu", (unsigned long long)s->bounce_slots);
	pv_fmt_add(fm, " bounce_size=%llu", (unsigned long long)s->bounce_size);
	pv_fmt_add(fm, " list_bytes=%llu", (unsigned long long)s->list_bytes);
	pv_fmt_add(fm, " ntrk=%llu", (unsigned long long)s->ntrk);
	pv_fmt_add(fm, " cid_gen[%u]={", (unsigned)s->cid_gen_count);
	for (i = 0; i < s->cid_gen_count && i < 4095; i++) {
		if (i == 8) {
			pv_fmt_add(fm, ",...");
			break;
		}
		pv_fmt_add(fm, i ? ",0x%llx" : "0x%llx", (unsigned long long)s->cid_gen[i]);
	}
	pv_fmt_add(fm, "}");
}

int pvss_nvme_qpair_format(const struct pvss_nvme_qpair *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "nvme_qpair", pvss_nvme_qpair_fmt, s);
}

static void pvss_nvme_cmd_fmt(struct pv_fmt *fm, const void *p)
{
	const struct pvss_nvme_cmd *s = p;

	pv_fmt_sub(fm, " hdr={", pvss_rec_header_fmt, &s->hdr);
	pv_fmt_add(fm, " index=%llu", (unsigned long long)s->index);
	pv_fmt_add(fm, " cid=%llu", (unsigned long long)s->cid);
	pv_fmt_add(fm, " kind=%s(%lld)", pvss_nvme_cmd_kind_name((uint32_t)s->kind), (long long)s->kind);
	pv_fmt_add(fm, " opcode=%llu", (unsigned long long)s->opcode);
	pv_fmt_add(fm, " bounce=%llu", (unsigned long long)s->bounce);
	pv_fmt_add(fm, " reserved=%llu", (unsigned long long)s->reserved);
	pv_fmt_add(fm, " nsid=%llu", (unsigned long long)s->nsid);
	pv_fmt_add(fm, " list_iova=0x%llx", (unsigned long long)s->list_iova);
	pv_fmt_add(fm, " lba=0x%llx", (unsigned long long)s->lba);
}

int pvss_nvme_cmd_format(const struct pvss_nvme_cmd *s, char *buf, size_t cap)
{
	return pv_fmt_run(buf, cap, "nvme_cmd", pvss_nvme_cmd_fmt, s);
}

/* Printers by table row and variant. */
static void (*const pvss_msg_fmts[][1])(struct pv_fmt *, const void *) = {
	{pvss_file_header_fmt},	/* FILE_HEADER */
	{pvss_end_fmt},	/* END */
	{pvss_config_fmt},	/* CONFIG */
	{pvss_paravisor_fmt},	/* PARAVISOR */
	{pvss_fd_fmt},	/* FD */
	{pvss_sim_part_fmt},	/* SIM_PART */
	{pvss_sim_bind_fmt},	/* SIM_BIND */
	{pvss_sim_outmsg_fmt},	/* SIM_OUTMSG */
	{pvss_kvm_vm_fmt},	/* KVM_VM */
	{pvss_kvm_vcpu_fmt},	/* KVM_VCPU */
	{pvss_kvm_xsave_fmt},	/* KVM_XSAVE */
	{pvss_kvm_synic_msg_fmt},	/* KVM_SYNIC_MSG */
	{pvss_vmbus_server_fmt},	/* VMBUS_SERVER */
	{pvss_vmbus_gpadl_fmt},	/* VMBUS_GPADL */
	{pvss_vmbus_channel_fmt},	/* VMBUS_CHANNEL */
	{pvss_device_fmt},	/* DEVICE */
	{pvss_storvsp_fmt},	/* STORVSP */
	{pvss_storvsp_lun_fmt},	/* STORVSP_LUN */
	{pvss_storvsp_channel_fmt},	/* STORVSP_CHANNEL */
	{pvss_storvsp_reply_fmt},	/* STORVSP_REPLY */
	{pvss_storvsp_io_fmt},	/* STORVSP_IO */
	{pvss_netvsp_fmt},	/* NETVSP */
	{pvss_netvsp_rss_fmt},	/* NETVSP_RSS */
	{pvss_netvsp_channel_fmt},	/* NETVSP_CHANNEL */
	{pvss_netvsp_backlog_fmt},	/* NETVSP_BACKLOG */
	{pvss_netvsp_rxpkt_fmt},	/* NETVSP_RXPKT */
	{pvss_netvsp_frame_fmt},	/* NETVSP_FRAME */
	{pvss_nvme_ctrlr_fmt},	/* NVME_CTRLR */
	{pvss_nvme_qpair_fmt},	/* NVME_QPAIR */
	{pvss_nvme_cmd_fmt},	/* NVME_CMD */
};

int pvss_msg_format(const struct pvss_msg *m, char *buf, size_t cap)
{
	const struct pv_msg_desc *d = pvss_msg_lookup(m->type);
	struct pv_fmt fm = {buf, cap, 0};

	if (cap)
		buf[0] = '\0';
	if (!d) {
		pv_fmt_add(&fm, "?(%u) len=%zu", m->type, m->len);
	} else if (m->variant >= 1 || !pvss_msg_fmts[d - pvss_msg_table][m->variant]) {
		pv_fmt_add(&fm, "%s variant=%u", d->name, m->variant);
	} else {
		pv_fmt_add(&fm, "%s", d->name);
		pvss_msg_fmts[d - pvss_msg_table][m->variant](&fm, &m->u);
	}
	return (int)fm.len;
}
