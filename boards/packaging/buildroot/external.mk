include $(sort $(wildcard $(BR2_EXTERNAL_EDGECTL_PATH)/package/*/*.mk))
