// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";
import { pythonPatternEngine } from "../../python-pattern.js";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"DecisionAuthorityRole":{"enum":["mission_owner","advisory","informed"],"title":"DecisionAuthorityRole","type":"string"}},"$id":"spec-kitty-events/decision_point_opened_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for DecisionPointOpened events.","properties":{"actor_id":{"minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"pattern":"^(human|llm|service)$","title":"Actor Type","type":"string"},"alternatives_considered":{"items":{"type":"string"},"minItems":1,"title":"Alternatives Considered","type":"array"},"authority_role":{"$ref":"#/$defs/DecisionAuthorityRole"},"decision_point_id":{"minLength":1,"title":"Decision Point Id","type":"string"},"evidence_refs":{"items":{"type":"string"},"minItems":1,"title":"Evidence Refs","type":"array"},"feature_slug":{"minLength":1,"title":"Feature Slug","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"mission_owner_authority_flag":{"title":"Mission Owner Authority Flag","type":"boolean"},"mission_owner_authority_path":{"title":"Mission Owner Authority Path","type":"string"},"phase":{"minLength":1,"title":"Phase","type":"string"},"rationale":{"minLength":1,"title":"Rationale","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"},"run_id":{"minLength":1,"title":"Run Id","type":"string"},"state_entered_at":{"format":"date-time","title":"State Entered At","type":"string"}},"required":["decision_point_id","mission_id","run_id","feature_slug","phase","actor_id","actor_type","authority_role","mission_owner_authority_flag","mission_owner_authority_path","rationale","alternatives_considered","evidence_refs","state_entered_at","recorded_at"],"title":"DecisionPointOpenedPayload","type":"object"};
const schema32 = {"enum":["mission_owner","advisory","informed"],"title":"DecisionAuthorityRole","type":"string"};
const func0 = Object.prototype.hasOwnProperty;
const func80 = require("ajv/dist/runtime/ucs2length").default;
const func1 = pythonPatternEngine;
const pattern4 = func1("^(human|llm|service)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/decision_point_opened_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.decision_point_id === undefined) || (!(func0.call(data, "decision_point_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision_point_id"},message:"must have required property '"+"decision_point_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.run_id === undefined) || (!(func0.call(data, "run_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.feature_slug === undefined) || (!(func0.call(data, "feature_slug")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feature_slug"},message:"must have required property '"+"feature_slug"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.phase === undefined) || (!(func0.call(data, "phase")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phase"},message:"must have required property '"+"phase"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.actor_id === undefined) || (!(func0.call(data, "actor_id")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.actor_type === undefined) || (!(func0.call(data, "actor_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.authority_role === undefined) || (!(func0.call(data, "authority_role")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authority_role"},message:"must have required property '"+"authority_role"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.mission_owner_authority_flag === undefined) || (!(func0.call(data, "mission_owner_authority_flag")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_owner_authority_flag"},message:"must have required property '"+"mission_owner_authority_flag"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.mission_owner_authority_path === undefined) || (!(func0.call(data, "mission_owner_authority_path")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_owner_authority_path"},message:"must have required property '"+"mission_owner_authority_path"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.rationale === undefined) || (!(func0.call(data, "rationale")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rationale"},message:"must have required property '"+"rationale"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((data.alternatives_considered === undefined) || (!(func0.call(data, "alternatives_considered")))){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alternatives_considered"},message:"must have required property '"+"alternatives_considered"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((data.evidence_refs === undefined) || (!(func0.call(data, "evidence_refs")))){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence_refs"},message:"must have required property '"+"evidence_refs"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((data.state_entered_at === undefined) || (!(func0.call(data, "state_entered_at")))){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "state_entered_at"},message:"must have required property '"+"state_entered_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.actor_id !== undefined && func0.call(data, "actor_id")){
let data0 = data.actor_id;
if(typeof data0 === "string"){
if(func80(data0) < 1){
const err15 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor_id.type,parentSchema:schema31.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.actor_type !== undefined && func0.call(data, "actor_type")){
let data1 = data.actor_type;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err17 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|llm|service)$"},message:"must match pattern \""+"^(human|llm|service)$"+"\"",schema:"^(human|llm|service)$",parentSchema:schema31.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor_type.type,parentSchema:schema31.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.alternatives_considered !== undefined && func0.call(data, "alternatives_considered")){
let data2 = data.alternatives_considered;
if(Array.isArray(data2)){
if(data2.length < 1){
const err19 = {instancePath:instancePath+"/alternatives_considered",schemaPath:"#/properties/alternatives_considered/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.alternatives_considered,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err20 = {instancePath:instancePath+"/alternatives_considered/" + i0,schemaPath:"#/properties/alternatives_considered/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alternatives_considered.items.type,parentSchema:schema31.properties.alternatives_considered.items,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/alternatives_considered",schemaPath:"#/properties/alternatives_considered/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.alternatives_considered.type,parentSchema:schema31.properties.alternatives_considered,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.authority_role !== undefined && func0.call(data, "authority_role")){
let data4 = data.authority_role;
if(typeof data4 !== "string"){
const err22 = {instancePath:instancePath+"/authority_role",schemaPath:"#/$defs/DecisionAuthorityRole/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data4 === "mission_owner") || (data4 === "advisory")) || (data4 === "informed"))){
const err23 = {instancePath:instancePath+"/authority_role",schemaPath:"#/$defs/DecisionAuthorityRole/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.decision_point_id !== undefined && func0.call(data, "decision_point_id")){
let data5 = data.decision_point_id;
if(typeof data5 === "string"){
if(func80(data5) < 1){
const err24 = {instancePath:instancePath+"/decision_point_id",schemaPath:"#/properties/decision_point_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.decision_point_id,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/decision_point_id",schemaPath:"#/properties/decision_point_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.decision_point_id.type,parentSchema:schema31.properties.decision_point_id,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.evidence_refs !== undefined && func0.call(data, "evidence_refs")){
let data6 = data.evidence_refs;
if(Array.isArray(data6)){
if(data6.length < 1){
const err26 = {instancePath:instancePath+"/evidence_refs",schemaPath:"#/properties/evidence_refs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.evidence_refs,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err27 = {instancePath:instancePath+"/evidence_refs/" + i1,schemaPath:"#/properties/evidence_refs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.evidence_refs.items.type,parentSchema:schema31.properties.evidence_refs.items,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/evidence_refs",schemaPath:"#/properties/evidence_refs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.evidence_refs.type,parentSchema:schema31.properties.evidence_refs,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.feature_slug !== undefined && func0.call(data, "feature_slug")){
let data8 = data.feature_slug;
if(typeof data8 === "string"){
if(func80(data8) < 1){
const err29 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.feature_slug,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/feature_slug",schemaPath:"#/properties/feature_slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.feature_slug.type,parentSchema:schema31.properties.feature_slug,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data9 = data.mission_id;
if(typeof data9 === "string"){
if(func80(data9) < 1){
const err31 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.mission_owner_authority_flag !== undefined && func0.call(data, "mission_owner_authority_flag")){
let data10 = data.mission_owner_authority_flag;
if(typeof data10 !== "boolean"){
const err33 = {instancePath:instancePath+"/mission_owner_authority_flag",schemaPath:"#/properties/mission_owner_authority_flag/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.mission_owner_authority_flag.type,parentSchema:schema31.properties.mission_owner_authority_flag,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.mission_owner_authority_path !== undefined && func0.call(data, "mission_owner_authority_path")){
let data11 = data.mission_owner_authority_path;
if(typeof data11 !== "string"){
const err34 = {instancePath:instancePath+"/mission_owner_authority_path",schemaPath:"#/properties/mission_owner_authority_path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_owner_authority_path.type,parentSchema:schema31.properties.mission_owner_authority_path,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.phase !== undefined && func0.call(data, "phase")){
let data12 = data.phase;
if(typeof data12 === "string"){
if(func80(data12) < 1){
const err35 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.phase,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/phase",schemaPath:"#/properties/phase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.phase.type,parentSchema:schema31.properties.phase,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.rationale !== undefined && func0.call(data, "rationale")){
let data13 = data.rationale;
if(typeof data13 === "string"){
if(func80(data13) < 1){
const err37 = {instancePath:instancePath+"/rationale",schemaPath:"#/properties/rationale/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.rationale,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/rationale",schemaPath:"#/properties/rationale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.rationale.type,parentSchema:schema31.properties.rationale,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data14 = data.recorded_at;
if(!(typeof data14 === "string")){
const err39 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.recorded_at.type,parentSchema:schema31.properties.recorded_at,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.run_id !== undefined && func0.call(data, "run_id")){
let data15 = data.run_id;
if(typeof data15 === "string"){
if(func80(data15) < 1){
const err40 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.run_id,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.run_id.type,parentSchema:schema31.properties.run_id,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.state_entered_at !== undefined && func0.call(data, "state_entered_at")){
let data16 = data.state_entered_at;
if(!(typeof data16 === "string")){
const err42 = {instancePath:instancePath+"/state_entered_at",schemaPath:"#/properties/state_entered_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.state_entered_at.type,parentSchema:schema31.properties.state_entered_at,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor_id":true,"actor_type":true,"alternatives_considered":true,"authority_role":true,"decision_point_id":true,"evidence_refs":true,"feature_slug":true,"mission_id":true,"mission_owner_authority_flag":true,"mission_owner_authority_path":true,"phase":true,"rationale":true,"recorded_at":true,"run_id":true,"state_entered_at":true},"dynamicProps":false,"dynamicItems":false};
