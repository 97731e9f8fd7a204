package fr.passerelle.app.inventory.internal;

import fr.passerelle.app.inventory.DeviceKind;
import fr.passerelle.app.inventory.ImportProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one GLPI Agent inventory (the JSON the agent sends to GLPI, glpi-project/inventory_format):
 * {@code deviceid}, {@code action} ({@code inventory} for a computer, {@code netinventory} for a
 * device read over SNMP), {@code itemtype} ({@code Computer}, {@code Printer}, {@code
 * NetworkEquipment}), {@code tag} (the agent's tag option: here the UAI of the school) and {@code
 * content}. A computer is read from {@code hardware}, {@code bios} (serial {@code ssn}), {@code
 * operatingsystem}, {@code cpus}, {@code memories}, {@code storages}, {@code networks}; a printer
 * from {@code network_device} (or the older {@code device.info}), {@code pagecounters} and {@code
 * cartridges}. Any field of the wrong type is reported by its path.
 */
public final class GlpiAgentReader {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String file;
  private final List<ImportProblem> problems;

  private GlpiAgentReader(String file, List<ImportProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The device of one inventory file, or null with the problems added. */
  public static @Nullable ParsedDevice read(
      String file, byte[] content, List<ImportProblem> problems) {
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      problems.add(ImportProblem.atLine(file, line, "inventory.import.json.syntax"));
      return null;
    }
    if (root == null || !root.isObject()) {
      problems.add(ImportProblem.atField(file, "$", "inventory.import.json.notObject"));
      return null;
    }
    return new GlpiAgentReader(file, problems).device(root);
  }

  private @Nullable ParsedDevice device(JsonNode root) {
    int before = problems.size();
    String deviceId = text(root, "deviceid", true);
    String action = text(root, "action", false);
    String itemType = text(root, "itemtype", false);
    String tag = text(root, "tag", false);
    JsonNode content = root.get("content");
    if (content == null || !content.isObject()) {
      problems.add(
          ImportProblem.atField(
              file,
              "content",
              content == null ? "inventory.import.json.missing" : "inventory.import.json.object"));
      return null;
    }
    if (action != null && !action.equals("inventory") && !action.equals("netinventory")) {
      problems.add(ImportProblem.atField(file, "action", "inventory.import.json.action", action));
    }
    String type = itemType == null ? "Computer" : itemType;
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    values.put("agent_device_id", deviceId);
    String serial;
    switch (type) {
      case "Computer" -> serial = computer(content, values);
      case "Printer" -> serial = networkDevice(content, values, DeviceKind.PRINTER);
      case "NetworkEquipment" -> serial = networkDevice(content, values, DeviceKind.NETWORK);
      default -> {
        problems.add(
            ImportProblem.atField(file, "itemtype", "inventory.import.json.itemtype", type));
        return null;
      }
    }
    if (problems.size() != before || serial == null) {
      return null;
    }
    return new ParsedDevice(file, 1, tag, serial, values);
  }

  private @Nullable String computer(JsonNode content, Map<String, @Nullable Object> values) {
    JsonNode hardware = object(content, "content", "hardware", true);
    JsonNode bios = object(content, "content", "bios", true);
    if (hardware == null || bios == null) {
      return null;
    }
    String chassis = text(hardware, "content.hardware", "chassis_type", false);
    values.put(
        "kind",
        chassis != null && chassis.toLowerCase(Locale.ROOT).contains("tablet")
            ? DeviceKind.TABLET
            : DeviceKind.COMPUTER);
    values.put("name", text(hardware, "content.hardware", "name", true));
    String serial = text(bios, "content.bios", "ssn", true);
    values.put("serial", serial);
    String maker = text(bios, "content.bios", "smanufacturer", false);
    values.put(
        "manufacturer", maker != null ? maker : text(bios, "content.bios", "mmanufacturer", false));
    values.put("model", text(bios, "content.bios", "smodel", false));
    JsonNode os = object(content, "content", "operatingsystem", false);
    if (os != null) {
      String full = text(os, "content.operatingsystem", "full_name", false);
      String name = text(os, "content.operatingsystem", "name", false);
      String version = text(os, "content.operatingsystem", "version", false);
      values.put(
          "os",
          full != null
              ? full
              : name == null ? null : version == null ? name : name + " " + version);
    } else {
      values.put("os", null);
    }
    JsonNode cpus = array(content, "content", "cpus");
    values.put(
        "cpu",
        cpus == null || cpus.isEmpty()
            ? null
            : text(cpus.get(0), "content.cpus[0]", "name", false));
    Long memory = number(hardware, "content.hardware", "memory");
    JsonNode memories = array(content, "content", "memories");
    if (memory == null && memories != null) {
      long sum = 0;
      for (int i = 0; i < memories.size(); i++) {
        Long capacity = number(memories.get(i), "content.memories[" + i + "]", "capacity");
        sum += capacity == null ? 0 : capacity;
      }
      memory = sum == 0 ? null : sum;
    }
    values.put("memory_mb", memory == null ? null : Math.toIntExact(memory));
    JsonNode storages = array(content, "content", "storages");
    Integer storage = null;
    if (storages != null) {
      long sum = 0;
      for (int i = 0; i < storages.size(); i++) {
        Long size = number(storages.get(i), "content.storages[" + i + "]", "disksize");
        sum += size == null ? 0 : size;
      }
      storage = sum == 0 ? null : (int) Math.round(sum / 1024.0);
    }
    values.put("storage_gb", storage);
    JsonNode networks = array(content, "content", "networks");
    String ip = null;
    String mac = null;
    if (networks != null) {
      for (int i = 0; i < networks.size() && ip == null; i++) {
        String path = "content.networks[" + i + "]";
        String address = text(networks.get(i), path, "ipaddress", false);
        if (address != null && !address.startsWith("127.")) {
          ip = address;
          mac = text(networks.get(i), path, "macaddr", false);
        }
      }
    }
    values.put("ip_address", ip);
    values.put("mac_address", mac);
    return serial;
  }

  private @Nullable String networkDevice(
      JsonNode content, Map<String, @Nullable Object> values, DeviceKind kind) {
    values.put("kind", kind);
    JsonNode info = object(content, "content", "network_device", false);
    String infoPath = "content.network_device";
    JsonNode holder = content;
    String holderPath = "content";
    if (info == null) {
      JsonNode device = object(content, "content", "device", false);
      if (device != null) {
        info = object(device, "content.device", "info", true);
        infoPath = "content.device.info";
        holder = device;
        holderPath = "content.device";
      }
    }
    if (info == null) {
      problems.add(
          ImportProblem.atField(file, "content.network_device", "inventory.import.json.missing"));
      return null;
    }
    values.put("name", text(info, infoPath, "name", true));
    String serial = text(info, infoPath, "serial", true);
    values.put("serial", serial);
    values.put("manufacturer", text(info, infoPath, "manufacturer", false));
    values.put("model", text(info, infoPath, "model", false));
    values.put("mac_address", text(info, infoPath, "mac", false));
    JsonNode ips = info.get("ips");
    String ip = null;
    if (ips != null && ips.isArray() && !ips.isEmpty()) {
      ip = ips.get(0).asString();
    } else if (ips != null && ips.isObject() && ips.get("ip") != null) {
      JsonNode first = ips.get("ip").isArray() ? ips.get("ip").get(0) : ips.get("ip");
      ip = first == null ? null : first.asString();
    }
    values.put("ip_address", ip);
    if (kind == DeviceKind.PRINTER) {
      JsonNode counters = object(holder, holderPath, "pagecounters", false);
      String countersPath = holderPath + ".pagecounters";
      values.put("page_count", counters == null ? null : number(counters, countersPath, "total"));
      values.put(
          "page_count_color", counters == null ? null : number(counters, countersPath, "color"));
      values.put("consumables", consumables(holder.get("cartridges"), holderPath + ".cartridges"));
    }
    return serial;
  }

  /** Cartridge levels as "tonerblack 71 %; drumblack 40 %", in the file's order. */
  private @Nullable String consumables(@Nullable JsonNode cartridges, String path) {
    if (cartridges == null || cartridges.isNull()) {
      return null;
    }
    List<JsonNode> objects = new ArrayList<>();
    if (cartridges.isArray()) {
      cartridges.forEach(objects::add);
    } else if (cartridges.isObject()) {
      objects.add(cartridges);
    } else {
      problems.add(ImportProblem.atField(file, path, "inventory.import.json.object"));
      return null;
    }
    List<String> levels = new ArrayList<>();
    for (JsonNode object : objects) {
      for (var entry : object.properties()) {
        Long level = number(object, path, entry.getKey());
        if (level != null) {
          levels.add(entry.getKey() + " " + level + " %");
        }
      }
    }
    return levels.isEmpty() ? null : String.join("; ", levels);
  }

  private @Nullable String text(JsonNode node, String field, boolean required) {
    return text(node, "", field, required);
  }

  private @Nullable String text(JsonNode node, String parent, String field, boolean required) {
    String path = parent.isEmpty() ? field : parent + "." + field;
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isString() && value.asString().isBlank()) {
      if (required) {
        problems.add(ImportProblem.atField(file, path, "inventory.import.json.missing"));
      }
      return null;
    }
    if (!value.isString() && !value.isNumber()) {
      problems.add(ImportProblem.atField(file, path, "inventory.import.json.text"));
      return null;
    }
    return value.asString().strip();
  }

  private @Nullable Long number(JsonNode node, String parent, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isString() && value.asString().strip().matches("\\d{1,15}")) {
      return Long.parseLong(value.asString().strip());
    }
    problems.add(ImportProblem.atField(file, parent + "." + field, "inventory.import.json.number"));
    return null;
  }

  private @Nullable JsonNode object(JsonNode node, String parent, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        problems.add(
            ImportProblem.atField(file, parent + "." + field, "inventory.import.json.missing"));
      }
      return null;
    }
    if (!value.isObject()) {
      problems.add(
          ImportProblem.atField(file, parent + "." + field, "inventory.import.json.object"));
      return null;
    }
    return value;
  }

  private @Nullable JsonNode array(JsonNode node, String parent, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      problems.add(ImportProblem.atField(file, parent + "." + field, "inventory.import.json.list"));
      return null;
    }
    return value;
  }
}
